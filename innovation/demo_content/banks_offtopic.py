"""Startup fields that answer none of the challenges, for applications sent to the wrong place."""

from __future__ import annotations

from innovation.demo_content.bank import Archetype, OfftopicDomain

DOMAINS: list[OfftopicDomain] = [
    OfftopicDomain(
        sectors=["other"],
        stems=["Kiddo", "Bee", "Abc", "Owl", "Chalk"],
        team_bg=[
            ("từng dạy tiếng Anh cho trẻ em 9 năm", "taught English to children for nine years"),
            (
                "làm giám đốc học thuật của một chuỗi trung tâm ngoại ngữ",
                "was academic director of a language school chain",
            ),
        ],
        product=Archetype(
            titles=[
                (
                    "Ứng dụng học tiếng Anh qua trò chơi cho trẻ 4–10 tuổi",
                    "Game-based English learning app for children aged 4 to 10",
                ),
                (
                    "Học tiếng Anh mỗi ngày 15 phút với giáo viên AI",
                    "Fifteen minutes of English a day with an AI teacher",
                ),
            ],
            pitches=[
                (
                    (
                        "{name} là ứng dụng học tiếng Anh cho trẻ em, kết hợp trò chơi, bài hát và giáo "
                        "viên AI chấm phát âm."
                    ),
                    (
                        "{name} is an English learning app for children that combines games, songs and an "
                        "AI teacher that grades pronunciation."
                    ),
                ),
                (
                    (
                        "Chúng tôi giúp phụ huynh bận rộn cho con học tiếng Anh đều đặn ở nhà, với lộ "
                        "trình theo khung Cambridge."
                    ),
                    (
                        "We help busy parents get their children to practise English regularly at home, "
                        "following the Cambridge framework."
                    ),
                ),
            ],
            approach=[
                (
                    (
                        "Mỗi bài học dài 15 phút, gồm một câu chuyện hoạt hình, ba trò chơi từ vựng và một "
                        "bài luyện nói."
                    ),
                    (
                        "Each lesson lasts 15 minutes: an animated story, three vocabulary games and a "
                        "speaking exercise."
                    ),
                ),
                (
                    (
                        "Mô hình nhận dạng giọng nói được huấn luyện trên giọng trẻ em Việt Nam nên chấm "
                        "phát âm sát hơn."
                    ),
                    (
                        "Our speech model is trained on Vietnamese children's voices, so it grades "
                        "pronunciation more accurately."
                    ),
                ),
                (
                    "Phụ huynh nhận báo cáo tiến bộ hằng tuần và gợi ý hoạt động học cùng con vào cuối tuần.",
                    (
                        "Parents receive a weekly progress report and ideas for weekend activities with "
                        "their child."
                    ),
                ),
                (
                    "Ứng dụng đã có hơn {n_big} nghìn lượt tải và được nhiều trường mầm non tư thục sử dụng.",
                    (
                        "The app has more than {n_big} thousand downloads and is used by many private "
                        "kindergartens."
                    ),
                ),
                (
                    "Gói gia đình có giá 99.000 đồng mỗi tháng, dùng được cho ba bé.",
                    "The family plan costs 99,000 VND a month and covers three children.",
                ),
            ],
        ),
    ),
    OfftopicDomain(
        sectors=["other", "sme_digital"],
        stems=["Hire", "Job", "Talent", "Crew", "Shift"],
        team_bg=[
            ("có 10 năm làm tuyển dụng cho các nhà máy", "spent ten years recruiting for factories"),
            ("từng điều hành một công ty cung ứng lao động", "ran a staffing agency"),
        ],
        product=Archetype(
            titles=[
                (
                    "Nền tảng tuyển dụng lao động phổ thông trong 48 giờ",
                    "Blue-collar hiring platform that fills jobs in 48 hours",
                ),
                (
                    "Tuyển dụng và quản lý ca làm cho lao động thời vụ",
                    "Hiring and shift management for seasonal workers",
                ),
            ],
            pitches=[
                (
                    (
                        "{name} kết nối doanh nghiệp với lao động phổ thông và thời vụ qua ứng dụng di "
                        "động, xác minh hồ sơ bằng căn cước."
                    ),
                    (
                        "{name} connects employers with blue-collar and seasonal workers through a mobile "
                        "app, verifying profiles with ID cards."
                    ),
                ),
                (
                    (
                        "Chúng tôi giúp nhà tuyển dụng tìm người làm ca, phụ kho, phục vụ nhà hàng chỉ "
                        "trong hai ngày."
                    ),
                    (
                        "We help employers find shift workers, warehouse helpers and restaurant staff in "
                        "just two days."
                    ),
                ),
            ],
            approach=[
                (
                    (
                        "Thuật toán gợi ý ứng viên theo khoảng cách đến nơi làm, kinh nghiệm và đánh giá "
                        "của nhà tuyển dụng trước."
                    ),
                    (
                        "The matching algorithm ranks candidates by distance to work, experience and "
                        "ratings from previous employers."
                    ),
                ),
                (
                    (
                        "Người lao động ứng tuyển bằng giọng nói, không cần viết CV, phù hợp với người ít "
                        "dùng máy tính."
                    ),
                    (
                        "Workers apply by voice, without writing a CV, which suits people who rarely use "
                        "computers."
                    ),
                ),
                (
                    (
                        "Doanh nghiệp chấm công, trả lương theo ca và đánh giá người lao động ngay trên "
                        "ứng dụng."
                    ),
                    "Employers record attendance, pay per shift and rate workers right in the app.",
                ),
                (
                    "Chúng tôi có hơn {n_big} nghìn hồ sơ lao động tại TP.HCM, Bình Dương và Đồng Nai.",
                    (
                        "We hold more than {n_big} thousand worker profiles in Ho Chi Minh City, Bình "
                        "Dương and Đồng Nai."
                    ),
                ),
                (
                    "Phí dịch vụ chỉ tính khi người lao động làm đủ ba ngày đầu tiên.",
                    "We only charge a fee once the worker has completed the first three days.",
                ),
            ],
        ),
    ),
    OfftopicDomain(
        sectors=["other"],
        stems=["Mode", "Style", "Lookbook", "Áo", "Fit"],
        team_bg=[
            (
                "từng làm thiết kế thời trang cho một thương hiệu nội địa",
                "designed for a local fashion brand",
            ),
            (
                "quản lý kênh bán hàng trực tuyến của một chuỗi thời trang",
                "managed the online sales of a fashion chain",
            ),
        ],
        product=Archetype(
            titles=[
                (
                    "Phòng thử đồ ảo cho các thương hiệu thời trang Việt",
                    "Virtual fitting room for Vietnamese fashion brands",
                ),
                (
                    "Gợi ý phối đồ bằng AI cho cửa hàng thời trang trực tuyến",
                    "AI outfit recommendations for online fashion stores",
                ),
            ],
            pitches=[
                (
                    (
                        "{name} cho phép khách hàng thử quần áo trên ảnh của chính mình trước khi mua, "
                        "giúp giảm hàng trả lại."
                    ),
                    "{name} lets shoppers try clothes on their own photo before buying, which cuts returns.",
                ),
                (
                    (
                        "Chúng tôi giúp các thương hiệu thời trang nhỏ bán hàng trực tuyến hiệu quả hơn "
                        "với gợi ý phối đồ cá nhân hóa."
                    ),
                    "We help small fashion brands sell better online with personalised outfit suggestions.",
                ),
            ],
            approach=[
                (
                    (
                        "Mô hình tạo ảnh dựng hình dáng người mua từ hai tấm ảnh và ướm thử sản phẩm theo "
                        "đúng bảng size của hãng."
                    ),
                    (
                        "A generative model builds the shopper's body shape from two photos and fits the "
                        "product to the brand's own size chart."
                    ),
                ),
                (
                    (
                        "Tiện ích gắn vào website bán hàng hoặc gian hàng trên sàn thương mại điện tử chỉ "
                        "với vài dòng mã."
                    ),
                    "The widget plugs into a brand's web shop or marketplace store with a few lines of code.",
                ),
                (
                    "Tỷ lệ hàng trả lại của khách hàng thí điểm giảm {pct}% sau ba tháng.",
                    "Returns at our pilot customers fell by {pct}% after three months.",
                ),
                (
                    (
                        "Chúng tôi đang hợp tác với {n_mid} thương hiệu thời trang nội địa và hai nhà bán "
                        "lẻ lớn."
                    ),
                    "We work with {n_mid} local fashion brands and two large retailers.",
                ),
                (
                    "Gợi ý phối đồ học từ xu hướng trên mạng xã hội và lịch sử mua của từng khách.",
                    "Outfit suggestions learn from social media trends and each shopper's purchase history.",
                ),
            ],
        ),
    ),
    OfftopicDomain(
        sectors=["culture_industry"],
        stems=["Pixel", "Quest", "Dragon", "Arcade", "Nova"],
        team_bg=[
            (
                "từng làm game designer cho một studio phát hành toàn cầu",
                "was a game designer at a global publishing studio",
            ),
            ("có 8 năm làm đồ họa 3D và hoạt hình", "has done 3D art and animation for eight years"),
        ],
        product=Archetype(
            titles=[
                (
                    "Trò chơi di động giải đố lấy cảm hứng từ truyện cổ tích Việt Nam",
                    "Mobile puzzle game inspired by Vietnamese folk tales",
                ),
                (
                    "Studio game di động với {n_mid} triệu người chơi",
                    "Mobile game studio with {n_mid} million players",
                ),
            ],
            pitches=[
                (
                    (
                        "{name} là studio phát triển game di động thể loại giải đố và nhập vai nhẹ cho thị "
                        "trường Đông Nam Á."
                    ),
                    (
                        "{name} is a mobile game studio making puzzle and casual role-playing games for "
                        "Southeast Asia."
                    ),
                ),
                (
                    (
                        "Chúng tôi làm game giải trí có nội dung văn hóa Việt, kiếm tiền từ quảng cáo và "
                        "vật phẩm trong game."
                    ),
                    (
                        "We make casual games with Vietnamese cultural content, monetised through ads and "
                        "in-game items."
                    ),
                ),
            ],
            approach=[
                (
                    (
                        "Trò chơi mới nhất đưa người chơi qua các màn chơi dựa trên Thánh Gióng, Sơn Tinh "
                        "– Thủy Tinh và Tấm Cám."
                    ),
                    (
                        "Our latest game takes players through levels based on the legends of Thánh Gióng, "
                        "Sơn Tinh – Thủy Tinh and Tấm Cám."
                    ),
                ),
                (
                    "Chúng tôi dùng AI để tạo màn chơi tự động và cân bằng độ khó theo hành vi người chơi.",
                    (
                        "We use AI to generate levels automatically and balance difficulty to each "
                        "player's behaviour."
                    ),
                ),
                (
                    "Doanh thu chủ yếu đến từ quảng cáo có thưởng và gói vật phẩm theo mùa.",
                    "Revenue comes mainly from rewarded ads and seasonal item packs.",
                ),
                (
                    "Các game của studio đạt tổng cộng {n_mid} triệu lượt tải trên hai kho ứng dụng.",
                    "The studio's games total {n_mid} million downloads on the two app stores.",
                ),
                (
                    (
                        "Chúng tôi đang tìm đối tác để đưa nhân vật game lên sản phẩm lưu niệm và hoạt "
                        "hình ngắn."
                    ),
                    (
                        "We are looking for partners to bring our characters to merchandise and short "
                        "animations."
                    ),
                ),
            ],
        ),
    ),
    OfftopicDomain(
        sectors=["other"],
        stems=["Paw", "Pet", "Meo", "Woof", "Vet"],
        team_bg=[
            (
                "là bác sĩ thú y với phòng khám riêng ở Quận 3 cũ",
                "is a veterinarian with a clinic in the former District 3",
            ),
            ("từng quản lý chuỗi cửa hàng thú cưng", "managed a chain of pet shops"),
        ],
        product=Archetype(
            titles=[
                (
                    "Ứng dụng chăm sóc thú cưng: đặt lịch thú y, nhắc tiêm phòng, mua thức ăn",
                    "Pet care app: vet bookings, vaccine reminders, food delivery",
                ),
                ("Hồ sơ sức khỏe điện tử cho chó mèo", "Electronic health records for cats and dogs"),
            ],
            pitches=[
                (
                    (
                        "{name} giúp người nuôi chó mèo đặt lịch khám thú y, lưu sổ tiêm phòng điện tử và "
                        "mua thức ăn giao tận nhà."
                    ),
                    (
                        "{name} helps cat and dog owners book vet visits, keep a digital vaccination "
                        "record and order food to their door."
                    ),
                ),
                (
                    "Chúng tôi xây dựng hệ sinh thái chăm sóc thú cưng cho người trẻ ở các đô thị lớn.",
                    "We are building a pet care ecosystem for young people in big cities.",
                ),
            ],
            approach=[
                (
                    "Ứng dụng kết nối {n_mid} phòng khám thú y và hơn {n_big} cửa hàng thú cưng tại TP.HCM.",
                    (
                        "The app connects {n_mid} veterinary clinics and more than {n_big} pet shops in Ho "
                        "Chi Minh City."
                    ),
                ),
                (
                    "Hồ sơ sức khỏe ghi lại cân nặng, lịch tẩy giun, tiêm phòng và đơn thuốc của từng bé.",
                    "The health record tracks each pet's weight, deworming, vaccinations and prescriptions.",
                ),
                (
                    "AI phân tích ảnh chụp da lông để gợi ý người nuôi đưa thú cưng đi khám sớm.",
                    "AI looks at photos of skin and fur and suggests when owners should see a vet.",
                ),
                (
                    "Chúng tôi thu phí hoa hồng trên mỗi lượt đặt lịch và đơn hàng thức ăn.",
                    "We take a commission on each booking and each food order.",
                ),
                (
                    "Cộng đồng người nuôi thú cưng trên ứng dụng có hơn {n_big} nghìn thành viên.",
                    "The pet owner community in the app has more than {n_big} thousand members.",
                ),
            ],
        ),
    ),
    OfftopicDomain(
        sectors=["other", "sme_digital"],
        stems=["Glow", "Spa", "Nail", "Lash", "Beauty"],
        team_bg=[
            ("từng điều hành ba salon làm đẹp", "ran three beauty salons"),
            (
                "làm marketing cho một thương hiệu mỹ phẩm Hàn Quốc",
                "did marketing for a Korean cosmetics brand",
            ),
        ],
        product=Archetype(
            titles=[
                (
                    "Đặt lịch làm đẹp và quản lý salon trên một ứng dụng",
                    "Beauty booking and salon management in one app",
                ),
                (
                    "Phần mềm quản lý spa, salon tóc và tiệm nail",
                    "Management software for spas, hair salons and nail shops",
                ),
            ],
            pitches=[
                (
                    (
                        "{name} là phần mềm đặt lịch và quản lý cho salon tóc, tiệm nail và spa, kèm ứng "
                        "dụng cho khách hàng."
                    ),
                    (
                        "{name} is booking and management software for hair salons, nail shops and spas, "
                        "with an app for their clients."
                    ),
                ),
                (
                    (
                        "Chúng tôi giúp chủ salon lấp đầy lịch hẹn, giữ chân khách quen và tính hoa hồng "
                        "cho thợ tự động."
                    ),
                    (
                        "We help salon owners fill their calendars, keep regular clients and calculate "
                        "staff commissions automatically."
                    ),
                ),
            ],
            approach=[
                (
                    (
                        "Khách đặt lịch qua Zalo, Facebook hoặc ứng dụng; salon nhận thông báo và xếp thợ "
                        "phù hợp."
                    ),
                    (
                        "Clients book through Zalo, Facebook or the app; the salon is notified and assigns "
                        "the right stylist."
                    ),
                ),
                (
                    "Hệ thống nhắc khách quay lại theo chu kỳ dịch vụ, ví dụ làm móng ba tuần một lần.",
                    (
                        "The system reminds clients to come back on their service cycle, for example nails "
                        "every three weeks."
                    ),
                ),
                (
                    "Chủ salon xem doanh thu theo ngày, theo thợ và theo dịch vụ trên điện thoại.",
                    "Owners see revenue by day, by stylist and by service on their phone.",
                ),
                (
                    "Hiện có {n_big} salon đang dùng phần mềm, chủ yếu ở TP.HCM và Hà Nội.",
                    "{n_big} salons currently use the software, mostly in Ho Chi Minh City and Hanoi.",
                ),
                (
                    "Gói cơ bản có giá 299.000 đồng mỗi tháng cho một chi nhánh.",
                    "The basic plan costs 299,000 VND a month per branch.",
                ),
            ],
        ),
    ),
    OfftopicDomain(
        sectors=["other"],
        stems=["Nest", "Home", "Key", "Realty", "Nhà"],
        team_bg=[
            (
                "có 12 năm làm môi giới và phát triển dự án bất động sản",
                "spent twelve years in real estate brokerage and development",
            ),
            (
                "từng làm sản phẩm cho một trang rao vặt nhà đất",
                "built products for a property listings site",
            ),
        ],
        product=Archetype(
            titles=[
                ("Tham quan căn hộ bằng thực tế ảo 3D", "3D virtual tours of apartments"),
                (
                    "Nền tảng cho thuê căn hộ dịch vụ có xác thực",
                    "Verified serviced apartment rental platform",
                ),
            ],
            pitches=[
                (
                    (
                        "{name} giúp người mua và người thuê xem căn hộ bằng tour 3D, đặt lịch xem nhà và "
                        "ký hợp đồng điện tử."
                    ),
                    (
                        "{name} lets buyers and tenants view apartments through 3D tours, book visits and "
                        "sign contracts electronically."
                    ),
                ),
                (
                    (
                        "Chúng tôi làm minh bạch thị trường cho thuê căn hộ bằng tin đăng đã được kiểm tra "
                        "thực tế."
                    ),
                    "We make the apartment rental market more transparent with listings checked on site.",
                ),
            ],
            approach=[
                (
                    (
                        "Nhân viên quét căn hộ bằng điện thoại trong 20 phút để tạo mô hình 3D có thể đo "
                        "kích thước."
                    ),
                    (
                        "Our staff scan an apartment with a phone in 20 minutes to create a 3D model with "
                        "measurements."
                    ),
                ),
                (
                    "Mỗi tin đăng được xác minh chủ sở hữu và giá, giúp loại bỏ tin ảo.",
                    "Every listing has its owner and price verified, which removes fake listings.",
                ),
                (
                    "Nền tảng có hơn {n_big} căn hộ ở Thảo Điền, Phú Mỹ Hưng và khu trung tâm.",
                    (
                        "The platform lists more than {n_big} apartments in Thảo Điền, Phú Mỹ Hưng and the "
                        "city centre."
                    ),
                ),
                (
                    "Chủ nhà trả phí khi cho thuê thành công, bằng nửa tháng tiền thuê.",
                    "Landlords pay half a month's rent when a lease is signed.",
                ),
                (
                    "AI gợi ý giá thuê hợp lý dựa trên vị trí, tiện ích và lịch sử giao dịch của tòa nhà.",
                    (
                        "AI suggests a fair rent from location, amenities and the building's transaction "
                        "history."
                    ),
                ),
            ],
        ),
    ),
    OfftopicDomain(
        sectors=["other"],
        stems=["Piggy", "Coin", "Save", "Heo", "Wallet"],
        team_bg=[
            (
                "từng làm sản phẩm ví điện tử tại một công ty fintech",
                "built e-wallet products at a fintech company",
            ),
            ("có 7 năm làm quản lý tài sản", "spent seven years in wealth management"),
        ],
        product=Archetype(
            titles=[
                ("Ứng dụng tiết kiệm tự động cho người trẻ", "Automatic savings app for young people"),
                (
                    "Quản lý chi tiêu cá nhân và tích lũy từng khoản nhỏ",
                    "Personal budgeting and micro-savings",
                ),
            ],
            pitches=[
                (
                    (
                        "{name} giúp người trẻ tiết kiệm tự động bằng cách làm tròn mỗi giao dịch và gửi "
                        "phần lẻ vào quỹ tích lũy."
                    ),
                    (
                        "{name} helps young people save automatically by rounding up each payment and "
                        "putting the change into a savings fund."
                    ),
                ),
                (
                    (
                        "Chúng tôi biến việc quản lý tiền cá nhân thành thói quen vui vẻ, với mục tiêu và "
                        "thử thách theo tuần."
                    ),
                    "We turn personal money management into a fun habit with weekly goals and challenges.",
                ),
            ],
            approach=[
                (
                    "Ứng dụng kết nối với tài khoản ngân hàng và ví điện tử để phân loại chi tiêu tự động.",
                    "The app connects to bank accounts and e-wallets to categorise spending automatically.",
                ),
                (
                    (
                        "Người dùng đặt mục tiêu như mua xe máy hay đi du lịch, và ứng dụng đề xuất số "
                        "tiền tiết kiệm mỗi tuần."
                    ),
                    (
                        "Users set goals such as buying a motorbike or travelling, and the app suggests "
                        "how much to save each week."
                    ),
                ),
                (
                    "Chúng tôi hợp tác với một công ty quản lý quỹ được cấp phép để đầu tư phần tích lũy.",
                    "We partner with a licensed fund manager to invest the savings.",
                ),
                (
                    "Ứng dụng có {n_big} nghìn người dùng hoạt động hằng tháng, đa số dưới 30 tuổi.",
                    "The app has {n_big} thousand monthly active users, most of them under 30.",
                ),
                (
                    "Doanh thu đến từ phí quản lý quỹ và gói tính năng nâng cao.",
                    "Revenue comes from fund management fees and a premium feature plan.",
                ),
            ],
        ),
    ),
    OfftopicDomain(
        sectors=["other"],
        stems=["Fit", "Yoga", "Pulse", "Move", "Gym"],
        team_bg=[
            (
                "là huấn luyện viên thể hình có chứng chỉ quốc tế",
                "is an internationally certified fitness coach",
            ),
            ("từng quản lý một chuỗi phòng tập", "managed a chain of gyms"),
        ],
        product=Archetype(
            titles=[
                (
                    "Lớp tập yoga và thể hình trực tuyến theo nhóm nhỏ",
                    "Small-group online yoga and fitness classes",
                ),
                ("Huấn luyện viên cá nhân AI cho dân văn phòng", "An AI personal trainer for office workers"),
            ],
            pitches=[
                (
                    (
                        "{name} tổ chức lớp tập yoga, pilates và thể hình trực tuyến theo nhóm nhỏ, có "
                        "huấn luyện viên sửa động tác."
                    ),
                    (
                        "{name} runs small-group online yoga, pilates and fitness classes where coaches "
                        "correct your form."
                    ),
                ),
                (
                    (
                        "Chúng tôi giúp dân văn phòng tập đều đặn 20 phút mỗi ngày với lịch tập do AI cá "
                        "nhân hóa."
                    ),
                    "We help office workers exercise 20 minutes a day with a schedule personalised by AI.",
                ),
            ],
            approach=[
                (
                    "Camera điện thoại nhận dạng tư thế và nhắc người tập khi động tác sai.",
                    "The phone camera recognises posture and warns users when a movement is wrong.",
                ),
                (
                    "Doanh nghiệp có thể mua gói sức khỏe cho nhân viên, kèm báo cáo mức độ tham gia.",
                    "Companies can buy a wellness package for staff, with participation reports.",
                ),
                (
                    "Hiện có {n_big} học viên trả phí và {n_mid} huấn luyện viên cộng tác.",
                    "We have {n_big} paying members and {n_mid} partner coaches.",
                ),
                (
                    "Các thử thách nhóm theo tuần giúp tỷ lệ duy trì sau ba tháng đạt {pct2}%.",
                    "Weekly team challenges keep {pct2}% of members active after three months.",
                ),
                (
                    "Chúng tôi có chương trình riêng cho người đau lưng, cổ vai gáy do ngồi lâu.",
                    "We run dedicated programmes for back and neck pain from long hours of sitting.",
                ),
            ],
        ),
    ),
    OfftopicDomain(
        sectors=["other", "culture_industry"],
        stems=["Vow", "Bliss", "Hỷ", "Ruby", "Lace"],
        team_bg=[
            ("từng tổ chức hơn 300 tiệc cưới", "organised more than 300 weddings"),
            ("làm nhiếp ảnh cưới 10 năm", "has been a wedding photographer for ten years"),
        ],
        product=Archetype(
            titles=[
                ("Sàn kết nối dịch vụ cưới hỏi trọn gói", "Marketplace for all-in-one wedding services"),
                (
                    "Lập kế hoạch đám cưới và quản lý khách mời trên điện thoại",
                    "Wedding planning and guest management on your phone",
                ),
            ],
            pitches=[
                (
                    (
                        "{name} giúp các cặp đôi chọn nhà hàng, váy cưới, chụp ảnh và trang trí trên một "
                        "nền tảng, so sánh giá minh bạch."
                    ),
                    (
                        "{name} helps couples choose venues, dresses, photographers and decoration on one "
                        "platform with transparent prices."
                    ),
                ),
                (
                    "Chúng tôi số hóa việc lập kế hoạch đám cưới, từ thiệp mời điện tử đến sơ đồ bàn tiệc.",
                    "We digitise wedding planning, from e-invitations to table plans.",
                ),
            ],
            approach=[
                (
                    "Thiệp cưới điện tử gửi qua Zalo giúp cô dâu chú rể nắm số khách xác nhận tham dự.",
                    "E-invitations sent through Zalo let couples know how many guests will attend.",
                ),
                (
                    "Nền tảng có {n_big} nhà cung cấp dịch vụ cưới đã được xác minh.",
                    "The platform lists {n_big} verified wedding suppliers.",
                ),
                (
                    (
                        "Công cụ lập ngân sách gợi ý cách phân bổ chi phí theo số khách và phong tục từng "
                        "vùng miền."
                    ),
                    "A budget tool suggests how to split costs by guest count and regional customs.",
                ),
                (
                    "Chúng tôi thu hoa hồng {pct}% trên mỗi hợp đồng dịch vụ được ký qua nền tảng.",
                    "We take a {pct}% commission on each service contract signed through the platform.",
                ),
                (
                    "Mùa cưới cuối năm chiếm gần một nửa doanh thu của chúng tôi.",
                    "The year-end wedding season brings almost half of our revenue.",
                ),
            ],
        ),
    ),
    OfftopicDomain(
        sectors=["culture_industry"],
        stems=["Fandom", "Idol", "Stage", "Star", "Merch"],
        team_bg=[
            (
                "từng làm quản lý nghệ sĩ tại một công ty giải trí ở Seoul",
                "worked in artist management at a Seoul entertainment company",
            ),
            (
                "xây dựng cộng đồng người hâm mộ trực tuyến 6 năm",
                "has built online fan communities for six years",
            ),
        ],
        product=Archetype(
            titles=[
                (
                    "Cộng đồng người hâm mộ K-pop và bán sản phẩm chính hãng",
                    "K-pop fan community and official merchandise store",
                ),
                ("Ứng dụng kết nối thần tượng và người hâm mộ", "An app that connects idols and their fans"),
            ],
            pitches=[
                (
                    (
                        "{name} là ứng dụng cộng đồng cho người hâm mộ K-pop ở Đông Nam Á, bán album, "
                        "lightstick và vé fan meeting chính hãng."
                    ),
                    (
                        "{name} is a community app for K-pop fans in Southeast Asia, selling official "
                        "albums, lightsticks and fan meeting tickets."
                    ),
                ),
                (
                    (
                        "Chúng tôi giúp công ty giải trí Hàn Quốc tiếp cận người hâm mộ tại Việt Nam, Thái "
                        "Lan và Indonesia."
                    ),
                    "We help Korean entertainment companies reach fans in Vietnam, Thailand and Indonesia.",
                ),
            ],
            approach=[
                (
                    "Người hâm mộ tích điểm khi tham gia bình chọn, mua album và chia sẻ nội dung.",
                    "Fans earn points by voting, buying albums and sharing content.",
                ),
                (
                    "Chúng tôi có hợp đồng phân phối với {n_small} công ty giải trí Hàn Quốc.",
                    "We hold distribution contracts with {n_small} Korean entertainment companies.",
                ),
                (
                    "Ứng dụng có {n_big} nghìn thành viên, trong đó {pct2}% là nữ từ 16 đến 28 tuổi.",
                    "The app has {n_big} thousand members, {pct2}% of them women aged 16 to 28.",
                ),
                (
                    "Hàng chính hãng được giao từ kho ở Seoul trong 7 ngày.",
                    "Official goods ship from our Seoul warehouse within 7 days.",
                ),
                (
                    (
                        "Chúng tôi đang thử nghiệm phòng trò chuyện trực tuyến giữa thần tượng và người "
                        "hâm mộ có thu phí."
                    ),
                    "We are testing paid live chat rooms between idols and fans.",
                ),
            ],
        ),
    ),
    OfftopicDomain(
        sectors=["other"],
        stems=["Moto", "Ride", "Xế", "Wheel", "Bike"],
        team_bg=[
            ("có 9 năm kinh doanh xe máy cũ", "traded used motorbikes for nine years"),
            (
                "từng làm sản phẩm cho một sàn thương mại điện tử",
                "worked on products for an e-commerce marketplace",
            ),
        ],
        product=Archetype(
            titles=[
                ("Sàn mua bán xe máy cũ có kiểm định", "Marketplace for inspected used motorbikes"),
                (
                    "Định giá xe máy cũ bằng AI trong một phút",
                    "AI valuation of used motorbikes in one minute",
                ),
            ],
            pitches=[
                (
                    (
                        "{name} là sàn mua bán xe máy cũ, mỗi xe được kiểm tra 120 hạng mục và bảo hành "
                        "sáu tháng."
                    ),
                    (
                        "{name} is a marketplace for used motorbikes: every bike is checked on 120 points "
                        "and comes with a six-month warranty."
                    ),
                ),
                (
                    "Chúng tôi giúp người bán xe máy cũ nhận giá hợp lý chỉ sau một phút chụp ảnh.",
                    (
                        "We help people selling a used motorbike get a fair price within a minute of "
                        "taking photos."
                    ),
                ),
            ],
            approach=[
                (
                    "Mô hình định giá học từ hơn {n_big} nghìn giao dịch xe máy cũ ở miền Nam.",
                    (
                        "The valuation model learns from more than {n_big} thousand used motorbike sales "
                        "in the south."
                    ),
                ),
                (
                    "Người mua có thể trả góp qua công ty tài chính đối tác ngay trên ứng dụng.",
                    "Buyers can pay in instalments through a partner finance company inside the app.",
                ),
                (
                    "Chúng tôi có {n_small} điểm kiểm định tại TP.HCM và Bình Dương.",
                    "We run {n_small} inspection points in Ho Chi Minh City and Bình Dương.",
                ),
                (
                    "Thủ tục sang tên được hỗ trợ trọn gói, người bán không phải tự đi làm giấy tờ.",
                    "We handle the registration transfer, so sellers do not have to do the paperwork.",
                ),
                (
                    "Mỗi tháng nền tảng bán được khoảng {n_big} xe.",
                    "The platform sells about {n_big} bikes a month.",
                ),
            ],
        ),
    ),
]
