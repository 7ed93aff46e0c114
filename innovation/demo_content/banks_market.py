"""What startups write in answer to the wholesale market food traceability challenge."""

from __future__ import annotations

from innovation.demo_content.bank import Archetype, ChallengeBank

BANK = ChallengeBank(
    keywords={
        "vi": [
            "truy xuất nguồn gốc",
            "chợ đầu mối",
            "tiểu thương",
            "lô hàng",
            "test nhanh",
            "an toàn thực phẩm",
            "mã QR",
            "Bình Điền",
        ],
        "en": [
            "traceability",
            "wholesale market",
            "traders",
            "lot",
            "rapid test",
            "food safety",
            "QR code",
            "Bình Điền",
        ],
    },
    customers=("chợ, hợp tác xã và chuỗi bán lẻ", "markets, cooperatives and retail chains"),
    stems=["Trace", "Farm", "Origin", "Chợ", "Fresh", "Harvest", "Veggie", "Lot"],
    team_bg=[
        (
            "từng làm quản lý chất lượng cho một chuỗi siêu thị",
            "managed quality assurance for a supermarket chain",
        ),
        ("có 10 năm buôn bán rau tại chợ đầu mối", "traded vegetables at a wholesale market for ten years"),
        ("từng làm cán bộ kiểm nghiệm an toàn thực phẩm", "worked as a food safety inspector"),
    ],
    strong=[
        Archetype(
            titles=[
                (
                    "Ghi nhận lô hàng bằng giọng nói cho tiểu thương chợ đầu mối",
                    "Voice-based lot recording for wholesale market traders",
                ),
                (
                    "Truy xuất nguồn gốc mà tiểu thương dùng được lúc 2 giờ sáng",
                    "Traceability that traders can use at 2 a.m.",
                ),
            ],
            pitches=[
                (
                    (
                        "{name} cho tiểu thương ghi nhận một lô hàng trong vài giây bằng cách nói vào điện "
                        "thoại: loại hàng, số ký, nhà vườn và người mua, không cần gõ chữ."
                    ),
                    (
                        "{name} lets traders record a lot in seconds by speaking into their phone: "
                        "produce, weight, farm and buyer, with no typing."
                    ),
                ),
                (
                    (
                        "Chúng tôi thiết kế truy xuất nguồn gốc cho giờ họp chợ ban đêm, tay đầy hàng và "
                        "mạng chập chờn."
                    ),
                    "We design traceability for night-time market hours, full hands and patchy networks.",
                ),
            ],
            approach=[
                (
                    (
                        "Ứng dụng chạy trên điện thoại Android giá rẻ, nhận dạng giọng nói tiếng Việt "
                        "giọng miền Tây và từ ngữ buôn bán như 'bao', 'sọt', 'tạ'."
                    ),
                    (
                        "The app runs on cheap Android phones and recognises Mekong-accented Vietnamese "
                        "and trade words such as 'bao', 'sọt' and 'tạ'."
                    ),
                ),
                (
                    (
                        "Dữ liệu lưu trên máy khi mất sóng và tự đồng bộ khi có mạng, nên không mất giao "
                        "dịch nào trong giờ cao điểm."
                    ),
                    (
                        "Data is kept on the phone when the network drops and syncs when it returns, so no "
                        "transaction is lost at peak hours."
                    ),
                ),
                (
                    "Mỗi lô được in tem QR nhỏ bằng máy in nhiệt bỏ túi, dán lên sọt hoặc bao khi chia hàng.",
                    (
                        "Each lot gets a small QR label from a pocket thermal printer, stuck on the crate "
                        "or sack when goods are split."
                    ),
                ),
                (
                    (
                        "Khi lô hàng được chia cho nhiều người mua, hệ thống tự tạo mã con và giữ liên kết "
                        "với lô gốc."
                    ),
                    (
                        "When a lot is split among several buyers, the system creates child codes linked "
                        "to the original lot."
                    ),
                ),
                (
                    (
                        "Chi phí cho mỗi sạp khoảng {n_big} nghìn đồng mỗi tháng kể cả tem, thấp hơn mức "
                        "trần của thử thách."
                    ),
                    (
                        "The cost per stall is about {n_big} thousand VND a month including labels, below "
                        "the challenge's ceiling."
                    ),
                ),
                (
                    (
                        "Trong thí điểm ở một chợ đầu mối miền Tây, {n_mid} tiểu thương vẫn dùng ứng dụng "
                        "sau khi hết hỗ trợ."
                    ),
                    (
                        "In a pilot at a Mekong wholesale market, {n_mid} traders kept using the app after "
                        "support ended."
                    ),
                ),
            ],
        ),
        Archetype(
            titles=[
                (
                    "Mã lô từ nhà vườn đến sạp chợ và cửa hàng",
                    "Lot codes from farm to market stall and store",
                ),
                (
                    "Chuỗi truy xuất nguồn gốc nối hợp tác xã, chợ đầu mối và bán lẻ",
                    "A traceability chain linking cooperatives, wholesale markets and retail",
                ),
            ],
            pitches=[
                (
                    (
                        "{name} gắn mã cho từng lô hàng ngay tại hợp tác xã ở Lâm Đồng, Tiền Giang, Long "
                        "An, rồi nối mã đó qua chợ đầu mối đến cửa hàng và bếp ăn trường học."
                    ),
                    (
                        "{name} codes each lot at the cooperative in Lâm Đồng, Tiền Giang or Long An and "
                        "carries that code through the wholesale market to stores and school kitchens."
                    ),
                ),
                (
                    (
                        "Chúng tôi kết nối các mắt xích đang rời rạc để truy ngược một lô hàng trong vài "
                        "phút thay vì vài ngày."
                    ),
                    (
                        "We connect today's disconnected links so that a lot can be traced back in minutes "
                        "instead of days."
                    ),
                ),
            ],
            approach=[
                (
                    "Hợp tác xã tạo lô trên ứng dụng khi thu hoạch, kèm nhật ký phun thuốc và ngày cách ly.",
                    (
                        "Cooperatives create the lot in the app at harvest, with spraying records and "
                        "pre-harvest intervals."
                    ),
                ),
                (
                    "Tại chợ, tiểu thương quét mã lô khi nhận hàng và khi bán, không cần nhập lại thông tin.",
                    (
                        "At the market, traders scan the lot code on receipt and on sale without "
                        "re-entering anything."
                    ),
                ),
                (
                    (
                        "Cửa hàng và bếp ăn quét mã khi nhập kho; người tiêu dùng quét QR trên bao bì để "
                        "xem nguồn gốc."
                    ),
                    (
                        "Stores and kitchens scan the code on intake; consumers scan the QR on the pack to "
                        "see the origin."
                    ),
                ),
                (
                    "Dữ liệu được xuất theo định dạng của nền tảng truy xuất thành phố để kết nối trực tiếp.",
                    "Data is exported in the format of the city's traceability system for direct connection.",
                ),
                (
                    (
                        "Khi có cảnh báo, hệ thống liệt kê ngay mọi cửa hàng và trường học đã nhận hàng từ "
                        "lô đó."
                    ),
                    (
                        "When an alert is raised, the system immediately lists every store and school that "
                        "received goods from that lot."
                    ),
                ),
            ],
        ),
        Archetype(
            titles=[
                (
                    "Lưu kết quả test nhanh thuốc bảo vệ thực vật gắn với từng lô",
                    "Recording pesticide rapid tests against each lot",
                ),
                (
                    "Máy đọc test nhanh kết nối điện thoại cho chợ đầu mối",
                    "Phone-connected rapid test readers for wholesale markets",
                ),
            ],
            pitches=[
                (
                    (
                        "{name} cung cấp thiết bị đọc que test nhanh dư lượng thuốc bảo vệ thực vật bằng "
                        "camera điện thoại, tự lưu kết quả vào mã lô hàng."
                    ),
                    (
                        "{name} supplies a phone-camera reader for pesticide rapid test strips that saves "
                        "each result to the lot code automatically."
                    ),
                ),
                (
                    (
                        "Chúng tôi biến kết quả test nhanh từ tờ giấy ghi tay thành dữ liệu có thể kiểm "
                        "tra và truy vết."
                    ),
                    (
                        "We turn rapid test results from handwritten notes into data that can be checked "
                        "and traced."
                    ),
                ),
            ],
            approach=[
                (
                    "Ứng dụng đọc màu que test bằng camera, loại bỏ sai lệch do ánh sáng đèn chợ ban đêm.",
                    (
                        "The app reads strip colours with the camera and corrects for night-time market "
                        "lighting."
                    ),
                ),
                (
                    (
                        "Mỗi kết quả được gắn với mã lô, người test, thời điểm và ảnh que test để đối "
                        "chiếu khi cần."
                    ),
                    (
                        "Each result is tied to the lot code, the tester, the time and a photo of the "
                        "strip for later checks."
                    ),
                ),
                (
                    (
                        "Lô có kết quả nghi ngờ được khóa bán và báo ngay cho ban quản lý chợ để lấy mẫu "
                        "gửi phòng kiểm nghiệm."
                    ),
                    (
                        "Lots with suspicious results are blocked from sale and flagged to the market "
                        "board for laboratory sampling."
                    ),
                ),
                (
                    "Bếp ăn trường học chỉ nhận hàng có kết quả test đạt, đúng chỉ tiêu 100% của thử thách.",
                    (
                        "School kitchens only accept goods with a passing test, meeting the challenge's "
                        "100% target."
                    ),
                ),
                (
                    (
                        "Mỗi đêm một kỹ thuật viên có thể test và ghi nhận {n_mid} mẫu, gấp nhiều lần cách "
                        "ghi chép thủ công."
                    ),
                    (
                        "One technician can test and record {n_mid} samples a night, many times more than "
                        "with manual notes."
                    ),
                ),
            ],
        ),
        Archetype(
            titles=[
                (
                    "Theo dõi nhiệt độ thịt và thủy sản từ chợ đến cửa hàng",
                    "Temperature tracking for meat and seafood from market to store",
                ),
                (
                    "Nhiệt kế thông minh và nhật ký lạnh cho sạp thủy sản",
                    "Smart thermometers and cold logs for seafood stalls",
                ),
            ],
            pitches=[
                (
                    (
                        "{name} gắn cảm biến nhiệt độ vào thùng đá và tủ mát của sạp thịt, thủy sản, ghi "
                        "nhật ký lạnh theo từng lô và cảnh báo khi hàng bị ấm."
                    ),
                    (
                        "{name} puts temperature sensors in the ice boxes and chillers of meat and seafood "
                        "stalls, logs the cold chain per lot and warns when goods warm up."
                    ),
                ),
                (
                    (
                        "Chúng tôi cung cấp bằng chứng bảo quản lạnh cho từng lô thịt và thủy sản đi qua "
                        "chợ đầu mối."
                    ),
                    (
                        "We provide proof of cold storage for every lot of meat and seafood passing "
                        "through the wholesale market."
                    ),
                ),
            ],
            approach=[
                (
                    "Cảm biến Bluetooth chống nước đặt trong thùng, pin dùng một năm, giá dưới 300.000 đồng.",
                    (
                        "Waterproof Bluetooth sensors sit in the boxes, run a year on a battery and cost "
                        "under 300,000 VND."
                    ),
                ),
                (
                    (
                        "Điện thoại của tiểu thương làm cổng thu dữ liệu, không cần lắp thêm thiết bị mạng "
                        "ở chợ."
                    ),
                    (
                        "The trader's phone acts as the gateway, so no extra network equipment is needed "
                        "at the market."
                    ),
                ),
                (
                    "Nhiệt độ được gắn vào mã lô, để người mua xem được hàng đã được giữ lạnh thế nào.",
                    (
                        "Temperatures are attached to the lot code so buyers can see how the goods were "
                        "kept cold."
                    ),
                ),
                (
                    "Khi nhiệt độ vượt ngưỡng quá {n_mid} phút, tiểu thương nhận cảnh báo để bổ sung đá.",
                    (
                        "When temperature stays above the limit for more than {n_mid} minutes, the trader "
                        "is told to add ice."
                    ),
                ),
                (
                    (
                        "Hiện có {n_big} sạp thủy sản và thịt đang dùng cảm biến của chúng tôi ở các chợ "
                        "miền Nam."
                    ),
                    "{n_big} seafood and meat stalls in southern markets currently use our sensors.",
                ),
            ],
        ),
    ],
    local=[
        (
            (
                "Chúng tôi đã đi chợ Bình Điền nhiều đêm để quan sát: giờ cao điểm từ 1 đến 3 giờ sáng, "
                "tiểu thương không có thời gian gõ phím."
            ),
            (
                "We spent several nights at Bình Điền market: the peak is from 1 to 3 a.m., and traders "
                "have no time to type."
            ),
        ),
        (
            (
                "Rau từ Lâm Đồng về chợ Thủ Đức thường được chia lại ba, bốn lần trước khi đến bếp ăn, nên "
                "mã lô phải theo được từng lần chia."
            ),
            (
                "Vegetables from Lâm Đồng reaching Thủ Đức market are often split three or four times "
                "before a kitchen, so lot codes must follow every split."
            ),
        ),
        (
            (
                "Nhiều tiểu thương lớn tuổi dùng điện thoại phổ thông hoặc điện thoại Android cũ, và giải "
                "pháp của chúng tôi chạy được trên các máy đó."
            ),
            "Many older traders use basic phones or old Android phones, and our solution runs on them.",
        ),
        (
            (
                "Chợ Hóc Môn chủ yếu bán rau củ còn Bình Điền có khu thủy sản lớn, nên thí điểm cần cả hai "
                "loại hàng."
            ),
            (
                "Hóc Môn mostly sells vegetables while Bình Điền has a large seafood section, so the pilot "
                "needs both kinds of goods."
            ),
        ),
        (
            (
                "Chúng tôi đã tìm hiểu nền tảng truy xuất của thành phố và đã thử xuất dữ liệu theo định "
                "dạng của nền tảng này."
            ),
            "We know the city's traceability system and have tested exporting data in its format.",
        ),
        (
            (
                "Bếp ăn trường học là khách hàng nhạy cảm nhất, nên mọi lô giao cho trường được ưu tiên "
                "kiểm tra trước."
            ),
            "School kitchens are the most sensitive customers, so every lot for a school is checked first.",
        ),
    ],
    fit=[
        (
            (
                "Thử thách yêu cầu ghi nhận một lô trong vài giây trên điện thoại phổ thông vào ban đêm, "
                "và đó là điều chúng tôi đã thiết kế sản phẩm để làm."
            ),
            (
                "The challenge asks to record a lot in seconds on a basic phone at night, which is what we "
                "designed the product to do."
            ),
        ),
        (
            "Chi phí mỗi sạp của chúng tôi thấp hơn mức 200.000 đồng mỗi tháng mà thử thách đặt ra.",
            "Our cost per stall is below the 200,000 VND a month the challenge sets.",
        ),
        (
            "Giải pháp chạy khi mạng yếu và đồng bộ sau, phù hợp với điều kiện thực tế ở chợ đầu mối.",
            "The solution works offline and syncs later, which suits real conditions at wholesale markets.",
        ),
        (
            (
                "Dữ liệu của chúng tôi đẩy thẳng sang nền tảng truy xuất của thành phố, một yêu cầu bắt "
                "buộc của thử thách."
            ),
            (
                "Our data flows straight into the city's traceability platform, a mandatory requirement of "
                "the challenge."
            ),
        ),
        (
            "Mục tiêu truy ngược một lô trong dưới 2 giờ là việc hệ thống của chúng tôi làm trong vài phút.",
            "The target of tracing a lot in under 2 hours is something our system does in minutes.",
        ),
        (
            "Sản phẩm phục vụ cả thịt, thủy sản và rau, ba nhóm hàng mà Sài Gòn Tươi mua tại chợ.",
            (
                "The product covers meat, seafood and vegetables, the three groups Sài Gòn Tươi buys at "
                "the markets."
            ),
        ),
    ],
    pilot=[
        (
            "Tuần 1–2: khảo sát {n_small} dãy sạp ở ba chợ, chọn tiểu thương tiên phong và cài đặt ứng dụng.",
            (
                "Weeks 1–2: survey {n_small} rows of stalls in the three markets, choose pioneer traders "
                "and install the app."
            ),
        ),
        (
            "Từ tuần thứ {weeks}, mọi lô Sài Gòn Tươi mua từ các sạp thí điểm đều phải có mã lô.",
            "From week {weeks}, every lot Sài Gòn Tươi buys from pilot stalls must carry a lot code.",
        ),
        (
            (
                "Nhân viên của chúng tôi có mặt ở chợ từ 23 giờ đến 4 giờ sáng trong tháng đầu để hỗ trợ "
                "tiểu thương."
            ),
            "Our staff are at the markets from 11 p.m. to 4 a.m. during the first month to help traders.",
        ),
        (
            "Mỗi tháng chúng tôi diễn tập truy ngược một lô ngẫu nhiên và đo thời gian truy ra nhà vườn.",
            "Each month we rehearse tracing a random lot back and time how long it takes to reach the farm.",
        ),
        (
            "Sau {months} tháng, báo cáo số sạp, số nhà cung cấp tham gia và tỷ lệ tiểu thương còn sử dụng.",
            (
                "After {months} months we report the number of stalls, participating suppliers and traders "
                "still using it."
            ),
        ),
        (
            (
                "Chúng tôi đề xuất mức hỗ trợ tem và thiết bị cho tiểu thương trong ba tháng đầu để khuyến "
                "khích tham gia."
            ),
            (
                "We propose covering labels and devices for traders in the first three months to encourage "
                "uptake."
            ),
        ),
    ],
    weak=[
        Archetype(
            titles=[
                ("Ứng dụng đi chợ trực tuyến giao tận nhà", "Online grocery delivery app"),
                ("Đặt rau củ tươi giao trong 2 giờ", "Fresh produce delivered within 2 hours"),
            ],
            pitches=[
                (
                    (
                        "{name} là ứng dụng đi chợ hộ, giao rau củ, thịt cá tươi trong 2 giờ cho các gia "
                        "đình ở TP.HCM."
                    ),
                    (
                        "{name} is a grocery shopping app that delivers fresh vegetables, meat and fish "
                        "within 2 hours to families in Ho Chi Minh City."
                    ),
                ),
            ],
            approach=[
                ("Chúng tôi nhập hàng từ chợ đầu mối mỗi đêm.", "We buy from wholesale markets every night."),
                (
                    "Khách hàng xem ảnh sản phẩm và đánh giá người bán.",
                    "Customers see product photos and rate sellers.",
                ),
                (
                    "Chúng tôi có thể ghi tên nhà vườn lên sản phẩm.",
                    "We could show the farm name on products.",
                ),
                (
                    "Ứng dụng có {n_big} nghìn đơn hàng mỗi tháng.",
                    "The app handles {n_big} thousand orders a month.",
                ),
            ],
        ),
        Archetype(
            titles=[
                ("Quản lý kho và bán hàng cho tiểu thương", "Inventory and sales management for traders"),
                ("Sổ bán hàng điện tử cho hộ kinh doanh", "Digital sales book for household businesses"),
            ],
            pitches=[
                (
                    (
                        "{name} là sổ bán hàng điện tử giúp hộ kinh doanh ghi nhận thu chi, công nợ và tồn "
                        "kho trên điện thoại."
                    ),
                    (
                        "{name} is a digital sales book that helps household businesses record income, "
                        "debts and stock on their phones."
                    ),
                ),
            ],
            approach=[
                (
                    "Chủ sạp ghi công nợ khách hàng và nhắc nợ qua Zalo.",
                    "Stall owners record customer debts and send reminders on Zalo.",
                ),
                ("Ứng dụng xuất hóa đơn điện tử khi cần.", "The app issues e-invoices when needed."),
                (
                    "Dữ liệu bán hàng có thể là bước đầu cho truy xuất nguồn gốc.",
                    "Sales data could be a first step towards traceability.",
                ),
                ("Chúng tôi chưa có tính năng mã lô.", "We do not have lot codes yet."),
            ],
        ),
        Archetype(
            titles=[
                ("Blockchain cho chuỗi cung ứng nông sản", "Blockchain for agricultural supply chains"),
                (
                    "Nền tảng chuỗi khối minh bạch hóa nông sản",
                    "Blockchain platform for farm produce transparency",
                ),
            ],
            pitches=[
                (
                    (
                        "{name} xây dựng nền tảng blockchain ghi nhận dữ liệu chuỗi cung ứng nông sản "
                        "không thể sửa đổi."
                    ),
                    (
                        "{name} builds a blockchain platform that records agricultural supply chain data "
                        "immutably."
                    ),
                ),
            ],
            approach=[
                (
                    "Mỗi giao dịch được ghi lên sổ cái phân tán.",
                    "Every transaction is written to a distributed ledger.",
                ),
                (
                    "Doanh nghiệp xuất khẩu dùng nền tảng để chứng minh nguồn gốc.",
                    "Exporters use the platform to prove origin.",
                ),
                (
                    "Tiểu thương cần nhập dữ liệu qua giao diện web.",
                    "Traders would enter data through a web interface.",
                ),
                ("Chúng tôi chưa thử nghiệm ở chợ đầu mối.", "We have not tested it at a wholesale market."),
            ],
        ),
    ],
    weak_fit=[
        (
            (
                "Sản phẩm của chúng tôi có dữ liệu một phần chuỗi cung ứng, nhưng chưa truy xuất được từng "
                "lô tại chợ."
            ),
            "Our product holds part of the supply chain data but cannot yet trace each lot at the market.",
        ),
        (
            "Để dùng được ban đêm ở chợ đầu mối, chúng tôi cần đơn giản hóa giao diện đáng kể.",
            (
                "To be usable at night at a wholesale market, we would need to simplify the interface "
                "considerably."
            ),
        ),
        (
            "Chúng tôi có thể là đối tác bổ sung cho một giải pháp truy xuất nguồn gốc chuyên biệt.",
            "We could complement a dedicated traceability solution.",
        ),
    ],
)
