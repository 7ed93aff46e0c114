"""What startups write in answer to the chip assembly and test yield challenge at Saigon Hi-Tech Park."""

from __future__ import annotations

from innovation.demo_content.bank import Archetype, ChallengeBank

BANK = ChallengeBank(
    keywords={
        "vi": [
            "kiểm tra quang học AOI",
            "X-quang",
            "lỗi đóng gói chip",
            "hiệu suất",
            "hàn dây",
            "báo lỗi giả",
            "SECS/GEM",
            "nguyên nhân gốc",
        ],
        "en": [
            "AOI",
            "X-ray",
            "defect classification",
            "yield",
            "wire bonding",
            "false calls",
            "SECS/GEM",
            "root cause",
        ],
    },
    customers=("nhà máy bán dẫn và điện tử", "semiconductor and electronics plants"),
    stems=["Yield", "Wafer", "Die", "Bond", "Silicon", "Chip", "Pixel", "Sigma"],
    team_bg=[
        (
            "có 10 năm làm kỹ sư hiệu suất tại một nhà máy lắp ráp và kiểm tra chip",
            "spent ten years as a yield engineer in a chip assembly and test plant",
        ),
        (
            "từng phát triển thiết bị kiểm tra cho ngành bán dẫn",
            "developed inspection equipment for the semiconductor industry",
        ),
        ("có bằng tiến sĩ về thị giác máy tính công nghiệp", "holds a PhD in industrial computer vision"),
    ],
    strong=[
        Archetype(
            titles=[
                (
                    "Phân loại lỗi trên ảnh AOI để giảm báo lỗi giả sau hàn dây",
                    "Deep-learning re-classification of AOI images to cut false calls after wire bonding",
                ),
                (
                    "Kiểm tra lại bằng AI thay cho kiểm tra thủ công sau AOI",
                    "AI re-inspection in place of manual re-checks after AOI",
                ),
            ],
            pitches=[
                (
                    (
                        "{name} đặt một lớp AI phía sau máy AOI: mỗi sản phẩm bị báo lỗi được mô hình phân "
                        "loại lại, chỉ lỗi thật mới chuyển cho người kiểm tra."
                    ),
                    (
                        "{name} adds an AI layer behind the AOI machine: every flagged unit is "
                        "re-classified by the model, and only real defects go to human inspectors."
                    ),
                ),
                (
                    (
                        "Chúng tôi giảm báo lỗi giả của máy kiểm tra quang học ở khâu gắn chip và hàn dây "
                        "mà không làm tăng lỗi lọt."
                    ),
                    (
                        "We cut the false calls of optical inspection at die attach and wire bonding "
                        "without raising the escape rate."
                    ),
                ),
            ],
            approach=[
                (
                    (
                        "Mô hình nhận ảnh gốc từ máy AOI qua thư mục chia sẻ hoặc giao thức của hãng, "
                        "không cần thay máy hay phần mềm máy."
                    ),
                    (
                        "The model takes raw images from the AOI machine through a shared folder or the "
                        "vendor's protocol, with no change to the machine or its software."
                    ),
                ),
                (
                    (
                        "Các lớp lỗi gồm dây bị xô lệch, dây không bám pad, dây chạm nhau, thừa keo gắn "
                        "chip và nứt chip, cùng lớp 'tốt' cho báo lỗi giả."
                    ),
                    (
                        "Defect classes include wire sweep, non-stick on pad, shorted wires, excess "
                        "die-attach epoxy and die cracks, plus a 'good' class for false calls."
                    ),
                ),
                (
                    (
                        "Ngưỡng quyết định được đặt theo từng lớp lỗi để tỷ lệ lỗi lọt không vượt mức hiện "
                        "tại; phần không chắc chắn vẫn chuyển cho người."
                    ),
                    (
                        "Decision thresholds are set per defect class so that the escape rate never "
                        "exceeds today's; uncertain cases still go to a person."
                    ),
                ),
                (
                    (
                        "Mỗi quyết định có bản đồ nhiệt chỉ ra vùng ảnh mô hình dựa vào, giúp kỹ sư chất "
                        "lượng kiểm tra và tin tưởng kết quả."
                    ),
                    (
                        "Every decision comes with a heat map of the image region the model relied on, so "
                        "quality engineers can check and trust it."
                    ),
                ),
                (
                    (
                        "Tại nhà máy tham chiếu, báo lỗi giả giảm {pct2}% và số người kiểm tra lại mỗi ca "
                        "giảm từ {n_mid} xuống còn vài người."
                    ),
                    (
                        "At our reference plant, false calls fell by {pct2}% and re-inspection staff per "
                        "shift dropped from {n_mid} to a handful."
                    ),
                ),
                (
                    (
                        "Toàn bộ suy luận chạy trên máy chủ GPU đặt trong nhà máy; ảnh không bao giờ rời "
                        "mạng nội bộ."
                    ),
                    (
                        "All inference runs on GPU servers inside the plant; images never leave the "
                        "internal network."
                    ),
                ),
            ],
        ),
        Archetype(
            titles=[
                (
                    "Phát hiện rỗ khí lớp hàn và nứt khuôn trên ảnh X-quang",
                    "Detecting solder voids and mold cracks in X-ray images",
                ),
                (
                    "Đo tỷ lệ rỗ khí tự động cho BGA và QFN",
                    "Automatic void measurement for BGA and QFN packages",
                ),
            ],
            pitches=[
                (
                    (
                        "{name} phân tích ảnh X-quang 2D và 3D để đo tỷ lệ rỗ khí trong mối hàn, phát hiện "
                        "nứt khuôn và dây bị biến dạng sau ép nhựa."
                    ),
                    (
                        "{name} analyses 2D and 3D X-ray images to measure solder void ratios and detect "
                        "mold cracks and wires deformed during molding."
                    ),
                ),
                (
                    (
                        "Chúng tôi thay thao tác khoanh vùng thủ công trên ảnh X-quang bằng phép đo tự "
                        "động, nhất quán giữa các ca."
                    ),
                    (
                        "We replace manual outlining on X-ray images with automatic measurements that are "
                        "consistent across shifts."
                    ),
                ),
            ],
            approach=[
                (
                    (
                        "Mô hình phân vùng tách từng bi hàn và từng vùng rỗ khí, rồi tính tỷ lệ rỗ theo "
                        "tiêu chuẩn của khách hàng."
                    ),
                    (
                        "A segmentation model separates each solder ball and each void, then computes the "
                        "void ratio against the customer's specification."
                    ),
                ),
                (
                    (
                        "Với gói QFN, mô hình đo rỗ khí ở pad tản nhiệt, nơi kiểm tra bằng mắt thường "
                        "không nhất quán nhất."
                    ),
                    (
                        "For QFN packages the model measures voids under the thermal pad, where visual "
                        "checks are least consistent."
                    ),
                ),
                (
                    (
                        "Khi đưa vào kiểu vỏ mới, kỹ sư chỉ cần gán nhãn khoảng 150 ảnh nhờ học chuyển "
                        "giao và tăng cường dữ liệu."
                    ),
                    (
                        "When a new package type arrives, engineers label only about 150 images thanks to "
                        "transfer learning and augmentation."
                    ),
                ),
                (
                    (
                        "Kết quả đo được gửi về hệ thống MES theo từng lô, kèm ảnh các trường hợp biên để "
                        "kỹ sư xem lại."
                    ),
                    (
                        "Measurements go to the MES lot by lot, with images of borderline cases for "
                        "engineers to review."
                    ),
                ),
                (
                    (
                        "Trên dữ liệu thử nghiệm, sai lệch giữa phép đo tự động và chuyên gia dưới "
                        "{n_small}% diện tích mối hàn."
                    ),
                    (
                        "On test data, the gap between automatic and expert measurements is below "
                        "{n_small}% of the joint area."
                    ),
                ),
            ],
        ),
        Archetype(
            titles=[
                (
                    "Liên kết lỗi với thông số thiết bị qua SECS/GEM để tìm nguyên nhân gốc",
                    "Linking defects to SECS/GEM equipment data to find root causes",
                ),
                (
                    "Phân tích nguyên nhân gốc của sụt giảm hiệu suất trong vài giờ thay vì vài ngày",
                    "Root-cause analysis of yield drops in hours instead of days",
                ),
            ],
            pitches=[
                (
                    (
                        "{name} thu thập thông số máy hàn dây, máy gắn chip và máy ép qua SECS/GEM, rồi "
                        "liên kết với kết quả kiểm tra để chỉ ra thông số nào gây lỗi."
                    ),
                    (
                        "{name} collects parameters from wire bonders, die bonders and molding presses "
                        "through SECS/GEM and links them to inspection results to show which parameters "
                        "cause defects."
                    ),
                ),
                (
                    (
                        "Chúng tôi giúp kỹ sư hiệu suất tìm ra nguyên nhân gốc như mòn mũi hàn hay lệch "
                        "nhiệt độ trước khi cả lô bị ảnh hưởng."
                    ),
                    (
                        "We help yield engineers find root causes such as capillary wear or temperature "
                        "drift before a whole lot is affected."
                    ),
                ),
            ],
            approach=[
                (
                    (
                        "Bộ kết nối SECS/GEM đọc lực hàn, công suất siêu âm, nhiệt độ và số lần dùng mũi "
                        "hàn cho từng sản phẩm."
                    ),
                    (
                        "Our SECS/GEM connector reads bond force, ultrasonic power, temperature and "
                        "capillary touchdown count for every unit."
                    ),
                ),
                (
                    (
                        "Dữ liệu thiết bị được ghép với mã lô, mã khung và kết quả AOI để tạo hồ sơ đầy đủ "
                        "của từng sản phẩm."
                    ),
                    (
                        "Equipment data is joined with lot, strip and AOI results to build a complete "
                        "history for each unit."
                    ),
                ),
                (
                    "Mô hình học máy có giải thích xếp hạng thông số ảnh hưởng nhiều nhất đến từng loại lỗi.",
                    (
                        "An explainable machine-learning model ranks the parameters that most influence "
                        "each defect type."
                    ),
                ),
                (
                    (
                        "Hệ thống cảnh báo khi số lần dùng mũi hàn tiến gần ngưỡng gây dây không bám pad, "
                        "để thay mũi trước khi lỗi tăng."
                    ),
                    (
                        "The system warns when a capillary approaches the touchdown count that causes "
                        "non-stick on pad, so it is replaced before defects rise."
                    ),
                ),
                (
                    "Bảng điều khiển nguyên nhân gốc cho thấy xu hướng lỗi theo máy, ca và lô vật tư.",
                    "The root-cause dashboard shows defect trends by machine, shift and material lot.",
                ),
                (
                    (
                        "Ở dây chuyền thử nghiệm, thời gian tìm nguyên nhân của một đợt sụt hiệu suất giảm "
                        "từ ba ngày xuống khoảng {n_small} giờ."
                    ),
                    (
                        "On our trial line, the time to explain a yield excursion fell from three days to "
                        "about {n_small} hours."
                    ),
                ),
            ],
        ),
        Archetype(
            titles=[
                (
                    "Học ít mẫu cho kiểu vỏ mới: mô hình lỗi sẵn sàng với dưới 200 ảnh",
                    "Few-shot learning for new packages: a defect model ready with fewer than 200 images",
                ),
                (
                    "Nền tảng gán nhãn và huấn luyện mô hình lỗi tại chỗ cho kỹ sư chất lượng",
                    "On-premises labelling and training platform for quality engineers",
                ),
            ],
            pitches=[
                (
                    (
                        "{name} là nền tảng tại chỗ giúp kỹ sư chất lượng tự gán nhãn, huấn luyện và kiểm "
                        "định mô hình phân loại lỗi cho kiểu vỏ mới chỉ với vài trăm ảnh."
                    ),
                    (
                        "{name} is an on-premises platform where quality engineers label, train and "
                        "validate defect classification models for a new package type with only a few "
                        "hundred images."
                    ),
                ),
                (
                    (
                        "Chúng tôi giúp nhà máy không phụ thuộc vào nhà cung cấp mỗi khi đưa sản phẩm mới "
                        "vào dây chuyền."
                    ),
                    "We make plants independent of their vendor every time a new product enters the line.",
                ),
            ],
            approach=[
                (
                    (
                        "Mô hình nền được huấn luyện trước trên hàng triệu ảnh bán dẫn, rồi tinh chỉnh "
                        "bằng học ít mẫu cho từng kiểu vỏ."
                    ),
                    (
                        "A foundation model pre-trained on millions of semiconductor images is fine-tuned "
                        "with few-shot learning for each package type."
                    ),
                ),
                (
                    (
                        "Công cụ gán nhãn chủ động chọn những ảnh mô hình phân vân nhất để kỹ sư gán "
                        "trước, tiết kiệm thời gian."
                    ),
                    (
                        "The labelling tool actively picks the images the model is least sure about, so "
                        "engineers label those first."
                    ),
                ),
                (
                    (
                        "Mỗi phiên bản mô hình được kiểm định trên bộ ảnh chuẩn và phải được kỹ sư chất "
                        "lượng phê duyệt trước khi chạy trên dây chuyền."
                    ),
                    (
                        "Every model version is validated on a reference image set and must be approved by "
                        "a quality engineer before it runs on the line."
                    ),
                ),
                (
                    "Nhật ký thay đổi và kết quả kiểm định đáp ứng yêu cầu truy xuất của khách hàng ô tô.",
                    (
                        "Change logs and validation results meet automotive customers' traceability "
                        "requirements."
                    ),
                ),
                (
                    (
                        "Khách hàng hiện tại đưa {n_small} kiểu vỏ mới vào sản xuất năm ngoái mà không cần "
                        "thuê ngoài gán nhãn."
                    ),
                    (
                        "A current customer introduced {n_small} new package types last year without "
                        "outsourcing any labelling."
                    ),
                ),
            ],
        ),
    ],
    local=[
        (
            (
                "Chúng tôi đã tìm hiểu các dây chuyền QFN, BGA và đóng gói hệ thống trong một vỏ ở Khu "
                "Công nghệ cao và biết rằng mỗi nhà máy dùng máy AOI của nhiều hãng khác nhau."
            ),
            (
                "We have studied the QFN, BGA and system-in-package lines at the Hi-Tech Park and know "
                "that each plant runs AOI machines from several vendors."
            ),
        ),
        (
            (
                "Vì dữ liệu ảnh phải ở lại trong nhà máy, toàn bộ giải pháp của chúng tôi chạy tại chỗ "
                "hoặc trên máy chủ GPU của Trung tâm R&D Khu Công nghệ cao."
            ),
            (
                "Because image data must stay inside the plant, our whole solution runs on premises or on "
                "the GPU servers of the park's R&D Centre."
            ),
        ),
        (
            (
                "Chương trình đào tạo kỹ sư bán dẫn của thành phố là nguồn nhân lực mà chúng tôi muốn "
                "tuyển và đào tạo thêm tại TP.HCM."
            ),
            (
                "The city's semiconductor engineer training programme is the talent pool we want to hire "
                "from and train further in Ho Chi Minh City."
            ),
        ),
        (
            (
                "Nhóm có kỹ sư từng làm tại các nhà máy lắp ráp và kiểm tra chip ở Đông Nam Á, quen với "
                "quy trình kiểm soát thay đổi nghiêm ngặt của ngành."
            ),
            (
                "The team includes engineers who worked in chip assembly and test plants in Southeast Asia "
                "and know the industry's strict change control."
            ),
        ),
        (
            (
                "Chúng tôi hiểu rằng báo lỗi giả ở Khu Công nghệ cao đang chiếm hàng chục người kiểm tra "
                "mỗi ca, một chi phí có thể đo ngay."
            ),
            (
                "We understand that false calls at the Hi-Tech Park tie up dozens of inspectors per shift, "
                "a cost that can be measured right away."
            ),
        ),
        (
            (
                "Các nhà cung cấp địa phương mới tham gia chuỗi bán dẫn cũng cần công cụ kiểm tra giá hợp "
                "lý, và sản phẩm của chúng tôi có gói cho họ."
            ),
            (
                "Local suppliers just entering the chip value chain also need affordable inspection tools, "
                "and our product has a package for them."
            ),
        ),
    ],
    fit=[
        (
            (
                "Thử thách yêu cầu giảm ít nhất một nửa báo lỗi giả mà không tăng lỗi lọt, và đó là chỉ số "
                "chính chúng tôi cam kết trong hợp đồng."
            ),
            (
                "The challenge asks to cut false calls by at least half without more escapes, which is the "
                "main metric we commit to in our contracts."
            ),
        ),
        (
            "Giải pháp chạy tại chỗ, không gửi ảnh ra ngoài nhà máy, đúng yêu cầu bảo mật sở hữu trí tuệ.",
            (
                "The solution runs on premises and never sends images outside the plant, as the IP "
                "protection requirement demands."
            ),
        ),
        (
            (
                "Mỗi quyết định đều có giải thích để kỹ sư chất lượng kiểm tra, đáp ứng yêu cầu có thể "
                "kiểm toán của thử thách."
            ),
            (
                "Every decision is explained so that quality engineers can check it, meeting the "
                "challenge's auditability requirement."
            ),
        ),
        (
            (
                "Chúng tôi đáp ứng chỉ tiêu dưới 200 ảnh gán nhãn cho kiểu vỏ mới và có quy trình văn bản "
                "hóa sẵn."
            ),
            (
                "We meet the target of fewer than 200 labelled images for a new package type and have the "
                "procedure documented."
            ),
        ),
        (
            (
                "Liên kết lỗi với thông số máy qua SECS/GEM là phần thử thách nêu rõ, và chúng tôi đã có "
                "bộ kết nối cho các dòng máy phổ biến."
            ),
            (
                "Linking defects to equipment parameters through SECS/GEM is explicitly in the challenge, "
                "and we already have connectors for common machines."
            ),
        ),
        (
            "Mô hình đạt độ chính xác trên 95% trên các lớp lỗi tương tự tại khách hàng hiện tại.",
            "Our models exceed 95% accuracy on similar defect classes at current customers.",
        ),
    ],
    pilot=[
        (
            (
                "Tháng 1: cài đặt máy chủ trong nhà máy, kết nối với {n_small} máy AOI hoặc X-quang và thu "
                "thập ảnh lịch sử đã ẩn danh."
            ),
            (
                "Month 1: install servers in the plant, connect to {n_small} AOI or X-ray machines and "
                "collect anonymised historical images."
            ),
        ),
        (
            "Tháng 2: gán nhãn cùng kỹ sư của nhà máy và huấn luyện mô hình cho các lớp lỗi đã thống nhất.",
            "Month 2: label with the plant's engineers and train models for the agreed defect classes.",
        ),
        (
            (
                "Từ tuần thứ {weeks}, mô hình chạy ở chế độ bóng: đưa ra quyết định song song nhưng chưa "
                "thay người kiểm tra."
            ),
            (
                "From week {weeks} the model runs in shadow mode: it makes decisions in parallel but does "
                "not yet replace inspectors."
            ),
        ),
        (
            (
                "Khi tỷ lệ lỗi lọt trong chế độ bóng bằng hoặc thấp hơn hiện tại, mô hình bắt đầu lọc báo "
                "lỗi giả trên một ca."
            ),
            (
                "Once the shadow-mode escape rate matches or beats today's, the model starts filtering "
                "false calls on one shift."
            ),
        ),
        (
            (
                "Cuối tháng thứ {months}, báo cáo gồm tỷ lệ báo lỗi giả, lỗi lọt, độ chính xác theo lớp và "
                "quy trình thêm kiểu vỏ mới."
            ),
            (
                "At the end of month {months}, the report covers false-call rate, escapes, per-class "
                "accuracy and the new-package procedure."
            ),
        ),
        (
            "Một kỹ sư ứng dụng của chúng tôi làm việc tại nhà máy ba ngày mỗi tuần trong suốt thí điểm.",
            "One of our application engineers works at the plant three days a week throughout the pilot.",
        ),
    ],
    weak=[
        Archetype(
            titles=[
                (
                    "Kiểm tra ngoại quan bằng AI cho hàng dệt may và bao bì",
                    "AI visual inspection for textiles and packaging",
                ),
                ("Camera AI kiểm tra lỗi bề mặt sản phẩm", "AI cameras for surface defect inspection"),
            ],
            pitches=[
                (
                    (
                        "{name} cung cấp camera và phần mềm AI phát hiện lỗi bề mặt trên vải, bao bì và "
                        "linh kiện nhựa."
                    ),
                    (
                        "{name} supplies cameras and AI software that detect surface defects on fabric, "
                        "packaging and plastic parts."
                    ),
                ),
            ],
            approach=[
                (
                    "Mô hình phát hiện vết bẩn, rách và lệch màu.",
                    "The model detects stains, tears and colour shifts.",
                ),
                ("Hệ thống lắp trên băng chuyền tốc độ cao.", "The system mounts on high-speed conveyors."),
                (
                    "Chúng tôi chưa làm với ảnh bán dẫn nhưng tin mô hình có thể huấn luyện lại.",
                    "We have not worked with semiconductor images but believe the model can be retrained.",
                ),
                (
                    "Phần mềm chạy trên máy tính công nghiệp đặt cạnh dây chuyền.",
                    "The software runs on an industrial PC next to the line.",
                ),
            ],
        ),
        Archetype(
            titles=[
                (
                    "Phần mềm MES cho nhà máy điện tử vừa và nhỏ",
                    "MES software for small and medium electronics plants",
                ),
                (
                    "Quản lý sản xuất và truy xuất lô cho nhà máy điện tử",
                    "Production management and lot traceability for electronics plants",
                ),
            ],
            pitches=[
                (
                    (
                        "{name} là hệ thống điều hành sản xuất (MES) cho nhà máy lắp ráp điện tử, theo dõi "
                        "lệnh sản xuất, vật tư và truy xuất lô."
                    ),
                    (
                        "{name} is a manufacturing execution system (MES) for electronics assembly plants "
                        "that tracks work orders, materials and lots."
                    ),
                ),
            ],
            approach=[
                ("Công nhân quét mã vạch tại từng công đoạn.", "Operators scan barcodes at each step."),
                (
                    "Quản lý xem tiến độ sản xuất theo thời gian thực.",
                    "Managers follow production progress in real time.",
                ),
                (
                    "Dữ liệu lỗi có thể được nhập tay vào hệ thống.",
                    "Defect data can be entered manually into the system.",
                ),
                (
                    "Chúng tôi chưa tích hợp với máy AOI hay SECS/GEM.",
                    "We are not yet integrated with AOI machines or SECS/GEM.",
                ),
            ],
        ),
        Archetype(
            titles=[
                ("Bảo trì dự đoán cho động cơ và máy bơm", "Predictive maintenance for motors and pumps"),
                ("Cảm biến rung phát hiện hỏng hóc sớm", "Vibration sensors for early fault detection"),
            ],
            pitches=[
                (
                    (
                        "{name} gắn cảm biến rung và nhiệt lên động cơ, máy bơm để dự đoán hỏng hóc trước "
                        "khi dừng máy."
                    ),
                    (
                        "{name} fits vibration and temperature sensors on motors and pumps to predict "
                        "failures before downtime."
                    ),
                ),
            ],
            approach=[
                ("Cảm biến không dây gửi dữ liệu mỗi phút.", "Wireless sensors report every minute."),
                (
                    "Mô hình học máy phát hiện rung bất thường.",
                    "A machine-learning model spots abnormal vibration.",
                ),
                (
                    "Khách hàng chủ yếu là nhà máy nước và nhà máy thực phẩm.",
                    "Customers are mainly water and food plants.",
                ),
                (
                    "Chúng tôi có thể áp dụng cho máy móc trong nhà máy bán dẫn.",
                    "We could apply this to machines in semiconductor plants.",
                ),
            ],
        ),
    ],
    weak_fit=[
        (
            "Chúng tôi có năng lực AI công nghiệp nhưng chưa có kinh nghiệm với quy trình đóng gói chip.",
            "We have industrial AI skills but no experience with chip packaging processes yet.",
        ),
        (
            (
                "Giải pháp có thể hỗ trợ một phần, còn phân loại lỗi trên ảnh AOI và X-quang cần phát "
                "triển thêm."
            ),
            (
                "The solution could help in part; defect classification on AOI and X-ray images would need "
                "more development."
            ),
        ),
        (
            "Chúng tôi mong được học hỏi từ các nhà máy trong Khu Công nghệ cao qua thử thách này.",
            "We hope to learn from the Hi-Tech Park's plants through this challenge.",
        ),
    ],
)
