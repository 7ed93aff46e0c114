"""The demo program's challenge owners and their challenges, in Vietnamese and English as owners write."""

from __future__ import annotations

OWNER_ORGANIZATIONS: list[dict] = [
    {
        "key": "tancang",
        "name": "Tân Cảng Logistics",
        "kind": "corporate",
        "country": "VN",
        "owner_email": "owner@demo.tancang.vn",
        "owner_name": "Trần Văn Minh",
        "owner_locale": "vi",
    },
    {
        "key": "dost",
        "name": "HCMC Department of Science and Technology",
        "kind": "city_agency",
        "country": "VN",
        "owner_email": "owner@demo.dost.hochiminhcity.gov.vn",
        "owner_name": "Lê Hoàng Anh",
        "owner_locale": "vi",
    },
    {
        "key": "construction",
        "name": "HCMC Department of Construction",
        "kind": "city_agency",
        "country": "VN",
        "owner_email": "owner@demo.soxaydung.hochiminhcity.gov.vn",
        "owner_name": "Nguyễn Quốc Khánh",
        "owner_locale": "vi",
    },
    {
        "key": "environment",
        "name": "HCMC Department of Agriculture and Environment",
        "kind": "city_agency",
        "country": "VN",
        "owner_email": "owner@demo.sonnmt.hochiminhcity.gov.vn",
        "owner_name": "Phạm Thị Thu Hương",
        "owner_locale": "vi",
    },
    {
        "key": "shtp",
        "name": "Saigon Hi-Tech Park Management Board",
        "kind": "city_agency",
        "country": "VN",
        "owner_email": "owner@demo.shtp.vn",
        "owner_name": "Đỗ Thành Nhân",
        "owner_locale": "en",
    },
    {
        "key": "benthanhbank",
        "name": "Bến Thành Commercial Bank",
        "kind": "corporate",
        "country": "VN",
        "owner_email": "owner@demo.benthanhbank.vn",
        "owner_name": "Võ Ngọc Trâm",
        "owner_locale": "vi",
    },
    {
        "key": "saigoneast",
        "name": "Saigon East General Hospital",
        "kind": "city_agency",
        "country": "VN",
        "owner_email": "owner@demo.bvsaigondong.vn",
        "owner_name": "Huỳnh Minh Tuấn",
        "owner_locale": "vi",
    },
    {
        "key": "saigontuoi",
        "name": "Sài Gòn Tươi Foods",
        "kind": "corporate",
        "country": "VN",
        "owner_email": "owner@demo.saigontuoi.vn",
        "owner_name": "Bùi Thị Kim Ngân",
        "owner_locale": "vi",
    },
    {
        "key": "tourism",
        "name": "HCMC Department of Tourism",
        "kind": "city_agency",
        "country": "VN",
        "owner_email": "owner@demo.sodulich.hochiminhcity.gov.vn",
        "owner_name": "Lâm Gia Bảo",
        "owner_locale": "vi",
    },
]

CHALLENGES: list[dict] = [
    {
        "key": "port-5g",
        "owner": "tancang",
        "state": "published",
        "review_comment": "",
        "sectors": ["logistics_ports", "ai"],
        "texts": {
            "vi": {
                "title": "Mạng 5G riêng cho điều khiển cẩu từ xa và tự động hóa cổng tại cảng Cát Lái",
                "statement": (
                    "Cảng Tân Cảng – Cát Lái là cảng container lớn nhất cả nước, mỗi ngày tiếp nhận khoảng "
                    "12.000 lượt xe đầu kéo và xếp dỡ hơn 13.000 TEU. Vào giờ cao điểm, xe container xếp "
                    "hàng dài trên đường Nguyễn Thị Định và cầu Phú Mỹ để chờ vào cổng, mỗi xe mất trung "
                    "bình 3 đến 5 phút làm thủ tục. Trong bãi, 90 cẩu khung bánh lốp (RTG) vẫn do lái cẩu "
                    "điều khiển trực tiếp trên cabin, làm việc ba ca liên tục trong điều kiện nắng nóng. "
                    "Mạng Wi-Fi hiện có thường rớt kết nối khi container xếp cao năm, sáu tầng, khiến máy "
                    "cầm tay báo sai vị trí và dữ liệu trong hệ thống quản lý khai thác (TOS) chậm từ vài "
                    "phút đến nửa giờ. Năm 2025 chúng tôi đã lắp mạng 5G riêng độc lập (SA) phủ một phần "
                    "bãi phía nam. Chúng tôi tìm giải pháp khai thác mạng này: điều khiển cẩu RTG từ xa "
                    "tại phòng điều hành trung tâm, nhận dạng tự động số container, biển số xe và niêm "
                    "phong tại cổng, định vị xe nội bộ theo thời gian thực, và dự báo ùn tắc để điều chỉnh "
                    "lịch hẹn xe. Giải pháp phải kết nối với TOS qua API, giữ độ trễ dưới 20 mili giây cho "
                    "tác vụ điều khiển và vận hành an toàn 24/7 trong môi trường cảng."
                ),
                "context": (
                    "Tân Cảng Logistics khai thác bãi, kho và dịch vụ vận tải cho Tổng công ty Tân Cảng "
                    "Sài Gòn tại Cát Lái (TP. Thủ Đức) và các cảng cạn ở Bình Dương, Đồng Nai. Hệ thống "
                    "TOS, camera cổng và cổng đăng ký lịch hẹn xe đã vận hành, nhưng dữ liệu còn nằm rời "
                    "rạc ở nhiều phòng ban. Thử thách này thuộc kế hoạch chuyển đổi số cảng giai đoạn "
                    "2026–2028, trong đó 5G được chọn làm hạ tầng kết nối chính cho thiết bị trong bãi."
                ),
                "outcomes": (
                    "Sau sáu tháng thí điểm: ít nhất 4 cẩu RTG được điều khiển từ xa an toàn; thời gian xe "
                    "qua cổng giảm từ 3–5 phút xuống dưới 1 phút; nhận dạng đúng số container trên 98%; vị "
                    "trí xe nội bộ cập nhật dưới 5 giây trên bản đồ bãi; báo cáo so sánh chi phí vận hành "
                    "và năng suất trước và sau thí điểm."
                ),
                "offer": (
                    "Khu bãi thí điểm đã phủ 5G SA, quyền truy cập dữ liệu TOS và video cổng đã ẩn danh, "
                    "kinh phí thí điểm từ 500 triệu đến 2 tỷ đồng, kỹ sư khai thác cảng hỗ trợ hằng tuần "
                    "và cơ hội ký hợp đồng triển khai toàn cảng nếu đạt chỉ tiêu."
                ),
            },
            "en": {
                "title": "Private 5G for remote crane control and gate automation at Cát Lái port",
                "statement": (
                    "Tân Cảng – Cát Lái is the largest container port in Vietnam: every day it receives "
                    "about 12,000 truck visits and handles more than 13,000 TEU. At peak hours, container "
                    "trucks queue along Nguyễn Thị Định street and over the Phú Mỹ bridge to reach the "
                    "gates, and each truck spends three to five minutes on gate formalities. In the yard, "
                    "90 rubber-tyred gantry (RTG) cranes are still operated by drivers sitting in the "
                    "cabin, in three shifts around the clock and in tropical heat. The existing Wi-Fi "
                    "drops out when containers are stacked five or six high, so handheld terminals report "
                    "wrong positions and data in the terminal operating system (TOS) lags from a few "
                    "minutes to half an hour. In 2025 we installed a standalone (SA) private 5G network "
                    "covering part of the southern yard. We are looking for solutions that put this "
                    "network to work: remote control of RTG cranes from a central control room, automatic "
                    "recognition of container numbers, licence plates and seals at the gates, real-time "
                    "positioning of internal trucks, and congestion forecasts to adjust truck "
                    "appointments. Solutions must connect to the TOS through APIs, keep latency under 20 "
                    "milliseconds for control tasks and run safely 24/7 in a port environment."
                ),
                "context": (
                    "Tân Cảng Logistics runs yards, warehouses and transport services for Saigon Newport "
                    "Corporation at Cát Lái (Thủ Đức City) and at inland container depots in Bình Dương "
                    "and Đồng Nai. The TOS, the gate cameras and the truck appointment portal are in "
                    "operation, but their data is scattered across departments. This challenge is part of "
                    "the port's 2026–2028 digital transformation plan, which chose 5G as the main "
                    "connectivity layer for equipment in the yard."
                ),
                "outcomes": (
                    "After a six-month pilot: at least 4 RTG cranes operated remotely and safely; gate "
                    "time per truck cut from 3–5 minutes to under 1 minute; container numbers recognised "
                    "correctly above 98%; internal truck positions refreshed in under 5 seconds on the "
                    "yard map; a report comparing operating costs and productivity before and after the "
                    "pilot."
                ),
                "offer": (
                    "A pilot yard block already covered by 5G SA, access to TOS data and anonymised gate "
                    "video, a pilot budget of 500 million to 2 billion VND, weekly support from port "
                    "operations engineers, and the chance of a port-wide deployment contract if the "
                    "targets are met."
                ),
            },
        },
        "pilot_site": True,
        "data_access": True,
        "mentoring": True,
        "budget_min_vnd": 500_000_000,
        "budget_max_vnd": 2_000_000_000,
        "eligibility": {
            "stages": ["mvp", "early_revenue", "growth"],
            "min_trl": 6,
            "countries": [],
            "legal_entity_required": True,
            "max_applications_per_startup": None,
        },
        "languages": ["vi", "en"],
        "shortlist_size": 8,
    },
    {
        "key": "adaptive-traffic-signals",
        "owner": "construction",
        "state": "published",
        "review_comment": "",
        "sectors": ["smart_city", "ai"],
        "texts": {
            "vi": {
                "title": "Điều khiển đèn tín hiệu thích ứng trên trục Cộng Hòa – Trường Chinh",
                "statement": (
                    "TP.HCM có hơn 1.000 nút giao lắp đèn tín hiệu, nhưng phần lớn vẫn chạy theo chu kỳ cố "
                    "định với hai hoặc ba kịch bản trong ngày, được cài đặt từ nhiều năm trước. Khi lưu "
                    "lượng thay đổi vì mưa, tai nạn hay các chuyến bay đến dồn dập ở sân bay Tân Sơn Nhất, "
                    "các chu kỳ này không theo kịp: trên trục Cộng Hòa – Trường Chinh, đi hết 6 km vào giờ "
                    "cao điểm chiều có ngày mất tới 45 phút. Giao thông thành phố có hơn 80% là xe máy, "
                    "chạy xen lẫn ô tô và xe buýt, nên các thuật toán đếm xe theo làn của nước ngoài "
                    "thường cho kết quả sai. Chúng tôi cần một giải pháp điều khiển đèn thích ứng: đo lưu "
                    "lượng và chiều dài hàng chờ theo thời gian thực từ camera sẵn có, tự điều chỉnh pha "
                    "đèn và phối hợp làn sóng xanh giữa các nút liền kề, ưu tiên xe buýt trễ giờ và bảo "
                    "đảm đủ thời gian cho người đi bộ qua đường. Giải pháp phải làm việc được với bộ điều "
                    "khiển của nhiều hãng đang lắp trên địa bàn, có chế độ an toàn quay về chu kỳ cố định "
                    "khi mất kết nối, và cho phép kỹ sư tại Trung tâm Quản lý điều hành giao thông đô thị "
                    "giám sát, can thiệp thủ công khi cần."
                ),
                "context": (
                    "Sở Xây dựng TP.HCM, đơn vị tiếp nhận nhiệm vụ quản lý giao thông từ năm 2025, vận "
                    "hành Trung tâm Quản lý điều hành giao thông đô thị với khoảng 1.800 camera kết nối. "
                    "Trục Cộng Hòa – Trường Chinh được chọn vì có 12 nút giao đèn liên tiếp, nhiều tuyến "
                    "xe buýt và lưu lượng lớn ra vào sân bay. Video camera được lưu 30 ngày; một phần bộ "
                    "điều khiển đã hỗ trợ giao thức NTCIP."
                ),
                "outcomes": (
                    "Thời gian đi hết trục giảm ít nhất 15% vào giờ cao điểm; chiều dài hàng chờ tối đa "
                    "tại các nút giảm 20%; xe buýt đúng giờ hơn ở các tuyến đi qua trục; không tăng số vụ "
                    "va chạm; bảng theo dõi hiệu quả từng nút cho kỹ sư Trung tâm; báo cáo đánh giá sau 4 "
                    "tháng vận hành."
                ),
                "offer": (
                    "Trục thí điểm 12 nút giao, luồng video camera và dữ liệu đếm xe lịch sử, quyền kết "
                    "nối bộ điều khiển thông qua Trung tâm, kinh phí từ 300 triệu đến 1,2 tỷ đồng và kỹ sư "
                    "giao thông đồng hành suốt thời gian thí điểm."
                ),
            },
            "en": {
                "title": "Adaptive traffic signal control on the Cộng Hòa – Trường Chinh corridor",
                "statement": (
                    "Ho Chi Minh City has more than 1,000 signalised intersections, but most still run "
                    "fixed cycles with two or three plans a day, set up years ago. When traffic changes "
                    "because of rain, a crash or a wave of arrivals at Tân Sơn Nhất airport, these cycles "
                    "cannot keep up: on the Cộng Hòa – Trường Chinh corridor, covering 6 km in the evening "
                    "peak sometimes takes 45 minutes. More than 80% of the city's traffic is motorbikes, "
                    "mixed with cars and buses, so lane-based vehicle counting algorithms from abroad "
                    "often get it wrong. We need an adaptive signal control solution: measure flows and "
                    "queue lengths in real time from the existing cameras, adjust signal phases "
                    "automatically and coordinate green waves between neighbouring intersections, give "
                    "priority to late buses and guarantee enough crossing time for pedestrians. The "
                    "solution must work with controllers from the several vendors installed in the city, "
                    "fall back safely to fixed cycles when the connection is lost, and let engineers at "
                    "the Urban Traffic Management and Operations Centre monitor and take manual control "
                    "when needed."
                ),
                "context": (
                    "The HCMC Department of Construction, which took over traffic management in 2025, runs "
                    "the Urban Traffic Management and Operations Centre with about 1,800 connected "
                    "cameras. The Cộng Hòa – Trường Chinh corridor was chosen because it has 12 "
                    "consecutive signalised intersections, many bus routes and heavy airport traffic. "
                    "Camera video is kept for 30 days; part of the controllers already support the NTCIP "
                    "protocol."
                ),
                "outcomes": (
                    "Corridor travel time cut by at least 15% at peak hours; maximum queue length at "
                    "intersections cut by 20%; better bus punctuality on routes using the corridor; no "
                    "increase in collisions; a per-intersection performance dashboard for the Centre's "
                    "engineers; an evaluation report after 4 months of operation."
                ),
                "offer": (
                    "A pilot corridor of 12 intersections, camera video streams and historical vehicle "
                    "counts, controller access through the Centre, a budget of 300 million to 1.2 billion "
                    "VND, and traffic engineers working alongside the team throughout the pilot."
                ),
            },
        },
        "pilot_site": True,
        "data_access": True,
        "mentoring": True,
        "budget_min_vnd": 300_000_000,
        "budget_max_vnd": 1_200_000_000,
        "eligibility": {
            "stages": ["prototype", "mvp", "early_revenue", "growth"],
            "min_trl": 5,
            "countries": [],
            "legal_entity_required": False,
            "max_applications_per_startup": None,
        },
        "languages": ["vi", "en"],
        "shortlist_size": 8,
    },
    {
        "key": "flood-tide-warning",
        "owner": "environment",
        "state": "published",
        "review_comment": "",
        "sectors": ["smart_city", "ai"],
        "texts": {
            "vi": {
                "title": "Cảnh báo sớm ngập do triều cường và mưa lớn đến từng phường",
                "statement": (
                    "Mỗi năm TP.HCM có hàng chục đợt triều cường, đỉnh triều tại trạm Phú An nhiều lần "
                    "vượt mức báo động III, có đợt gần 1,8 m. Khi triều cường trùng với mưa lớn trên 80 "
                    "mm, nước tràn bờ và dâng từ cống lên ở nhiều khu vực như Bình Thạnh, Quận 7, Nhà Bè, "
                    "Quận 8 và TP. Thủ Đức. Hiện nay dự báo triều và bản tin mưa được công bố cho cả thành "
                    "phố, vài lần mỗi ngày, nên người dân, nhà trường và chủ cửa hàng khó biết con đường "
                    "nào sẽ ngập, ngập sâu bao nhiêu và vào lúc mấy giờ. Chúng tôi cần một hệ thống cảnh "
                    "báo sớm kết hợp dự báo triều, radar mưa, lượng xả của hồ Dầu Tiếng, hồ Trị An và dữ "
                    "liệu cảm biến mực nước để dự báo ngập cho từng tuyến đường, trước ít nhất 2 đến 6 "
                    "giờ. Cảnh báo phải đến được người dân qua các kênh họ thường dùng như Zalo, tin nhắn "
                    "SMS và loa phường, bằng tiếng Việt dễ hiểu, kèm bản đồ các tuyến nên tránh. Hệ thống "
                    "cũng cần cho cơ quan quản lý biết điểm ngập thực tế theo thời gian thực để điều phối "
                    "máy bơm, vận hành cống kiểm soát triều và phân luồng giao thông."
                ),
                "context": (
                    "Sở Nông nghiệp và Môi trường TP.HCM theo dõi khí tượng thủy văn và phối hợp với đơn "
                    "vị thoát nước vận hành các cống kiểm soát triều. Thành phố đã lắp khoảng 60 cảm biến "
                    "mực nước tại các điểm ngập thường xuyên, nhưng dữ liệu mới chỉ hiển thị trên một "
                    "trang nội bộ. Thử thách ưu tiên các khu dân cư ven sông Sài Gòn và kênh Tàu Hũ – Bến "
                    "Nghé."
                ),
                "outcomes": (
                    "Dự báo ngập cho ít nhất 50 tuyến đường với thời gian báo trước tối thiểu 2 giờ; sai "
                    "số độ sâu ngập dưới 10 cm so với cảm biến; cảnh báo qua Zalo và SMS cho ít nhất "
                    "10.000 người đăng ký ở 3 phường thí điểm; bản đồ ngập thời gian thực cho cơ quan quản "
                    "lý."
                ),
                "offer": (
                    "Dữ liệu trạm thủy văn và 60 cảm biến mực nước, hỗ trợ kết nối kênh Zalo chính thức "
                    "của các phường, chuyên gia thủy văn hướng dẫn và kinh phí thí điểm từ 200 đến 800 "
                    "triệu đồng."
                ),
            },
            "en": {
                "title": "Ward-level early warning of flooding from high tides and heavy rain",
                "statement": (
                    "Every year Ho Chi Minh City sees dozens of king-tide episodes, and the tide peak at "
                    "Phú An station has several times exceeded alarm level III, once reaching almost 1.8 "
                    "m. When a king tide coincides with heavy rain above 80 mm, water overtops the banks "
                    "and rises from the drains in areas such as Bình Thạnh, District 7, Nhà Bè, District 8 "
                    "and Thủ Đức City. Today tide forecasts and rain bulletins are published for the whole "
                    "city a few times a day, so residents, schools and shop owners can hardly tell which "
                    "street will flood, how deep and at what time. We need an early-warning system that "
                    "combines tide forecasts, rain radar, releases from the Dầu Tiếng and Trị An "
                    "reservoirs and water-level sensor data to forecast flooding street by street, at "
                    "least 2 to 6 hours ahead. Warnings must reach residents through the channels they "
                    "already use, such as Zalo, SMS and ward loudspeakers, in plain Vietnamese, with a map "
                    "of the streets to avoid. The system must also show the authorities where flooding "
                    "actually is in real time, so they can dispatch pumps, operate the tidal sluice gates "
                    "and divert traffic."
                ),
                "context": (
                    "The HCMC Department of Agriculture and Environment monitors hydro-meteorology and "
                    "works with the drainage operator that runs the tidal sluice gates. The city has "
                    "installed about 60 water-level sensors at frequently flooded spots, but their data "
                    "only appears on an internal web page. The challenge gives priority to neighbourhoods "
                    "along the Saigon River and the Tàu Hũ – Bến Nghé canal."
                ),
                "outcomes": (
                    "Flood forecasts for at least 50 streets with a lead time of at least 2 hours; flood "
                    "depth error under 10 cm against the sensors; warnings by Zalo and SMS to at least "
                    "10,000 subscribers in 3 pilot wards; a real-time flood map for the authorities."
                ),
                "offer": (
                    "Data from hydrological stations and the 60 water-level sensors, help connecting to "
                    "the wards' official Zalo channels, guidance from hydrologists, and a pilot budget of "
                    "200 to 800 million VND."
                ),
            },
        },
        "pilot_site": True,
        "data_access": True,
        "mentoring": True,
        "budget_min_vnd": 200_000_000,
        "budget_max_vnd": 800_000_000,
        "eligibility": {
            "stages": [],
            "min_trl": 4,
            "countries": [],
            "legal_entity_required": False,
            "max_applications_per_startup": None,
        },
        "languages": ["vi", "en"],
        "shortlist_size": 8,
    },
    {
        "key": "sme-smart-manufacturing",
        "owner": "dost",
        "state": "published",
        "review_comment": "",
        "sectors": ["smart_manufacturing", "sme_digital"],
        "texts": {
            "vi": {
                "title": "Công cụ đánh giá mức độ sẵn sàng sản xuất thông minh cho doanh nghiệp nhỏ và vừa",
                "statement": (
                    "TP.HCM có hàng chục nghìn doanh nghiệp nhỏ và vừa trong ngành cơ khí, nhựa, dệt may, "
                    "bao bì và chế biến thực phẩm, tập trung ở các khu công nghiệp Tân Tạo, Vĩnh Lộc, Tân "
                    "Bình và Lê Minh Xuân. Nhiều chủ doanh nghiệp muốn chuyển đổi số nhưng không biết nên "
                    "bắt đầu từ đâu: có nơi mua phần mềm ERP rồi bỏ dở, có nơi đầu tư máy CNC mới nhưng "
                    "vẫn ghi sản lượng bằng sổ tay. Hiện Sở Khoa học và Công nghệ hỗ trợ đánh giá mức độ "
                    "sẵn sàng bằng cách cử chuyên gia đến nhà máy hai ngày, chấm theo bộ tiêu chí khoảng "
                    "100 câu hỏi; mỗi lượt tốn khoảng 15 triệu đồng và cả năm chỉ làm được chừng 60 doanh "
                    "nghiệp. Chúng tôi cần một công cụ giúp doanh nghiệp tự đánh giá trực tuyến bằng tiếng "
                    "Việt, kết hợp dữ liệu thực tế như số liệu máy móc, hóa đơn điện tử và tệp Excel quản "
                    "lý sản xuất, để xếp hạng mức độ sẵn sàng theo một khung trưởng thành được quốc tế "
                    "công nhận. Kết quả phải là một lộ trình cụ thể cho từng doanh nghiệp: việc nên làm "
                    "trong 6, 12 và 24 tháng, chi phí ước tính, chương trình hỗ trợ của thành phố có thể "
                    "tham gia và nhà cung cấp giải pháp phù hợp. Công cụ phải dễ dùng với chủ xưởng không "
                    "có bộ phận công nghệ thông tin."
                ),
                "context": (
                    "Chương trình hỗ trợ doanh nghiệp đổi mới công nghệ của Sở đặt mục tiêu đánh giá 1.000 "
                    "doanh nghiệp sản xuất đến năm 2027. Các hiệp hội ngành như Hiệp hội Doanh nghiệp Cơ "
                    "khí Điện TP.HCM và Hiệp hội Nhựa Việt Nam sẵn sàng giới thiệu hội viên tham gia thí "
                    "điểm. Bộ tiêu chí hiện hành được xây dựng năm 2021 và cần được cập nhật theo thực tế "
                    "sản xuất mới."
                ),
                "outcomes": (
                    "Ít nhất 150 doanh nghiệp tự đánh giá trong 6 tháng; thời gian đánh giá mỗi doanh "
                    "nghiệp dưới 3 giờ; kết quả khớp trên 85% với đánh giá của chuyên gia ở nhóm mẫu 20 "
                    "doanh nghiệp; mỗi doanh nghiệp nhận lộ trình có dự toán chi phí; dữ liệu tổng hợp "
                    "giúp Sở thiết kế chính sách hỗ trợ."
                ),
                "offer": (
                    "Danh sách doanh nghiệp thí điểm qua các hiệp hội, bộ tiêu chí và dữ liệu đánh giá "
                    "2021–2025 đã ẩn danh, kinh phí từ 300 đến 900 triệu đồng, chuyên gia sản xuất tinh "
                    "gọn hướng dẫn và khả năng đưa công cụ vào chương trình hỗ trợ chính thức của thành "
                    "phố."
                ),
            },
        },
        "pilot_site": False,
        "data_access": True,
        "mentoring": True,
        "budget_min_vnd": 300_000_000,
        "budget_max_vnd": 900_000_000,
        "eligibility": {
            "stages": ["mvp", "early_revenue", "growth"],
            "min_trl": 6,
            "countries": ["VN"],
            "legal_entity_required": True,
            "max_applications_per_startup": None,
        },
        "languages": ["vi"],
        "shortlist_size": 6,
    },
    {
        "key": "green-sme-loans",
        "owner": "benthanhbank",
        "state": "published",
        "review_comment": "",
        "sectors": ["green_finance", "ai", "sme_digital"],
        "texts": {
            "vi": {
                "title": "Chấm điểm ESG cho khoản vay xanh của doanh nghiệp nhỏ và vừa",
                "statement": (
                    "Tín dụng xanh hiện chỉ chiếm khoảng 3% dư nợ cho vay doanh nghiệp nhỏ và vừa của Ngân "
                    "hàng Bến Thành, dù nhu cầu vay để lắp điện mặt trời áp mái, thay lò hơi đốt than hay "
                    "xử lý nước thải đang tăng nhanh. Khó khăn lớn nhất là dữ liệu: doanh nghiệp nhỏ gần "
                    "như không có báo cáo phát thải hay báo cáo môi trường, còn cán bộ tín dụng phải tự "
                    "đọc giấy phép, hóa đơn và đi thực địa để phân loại khoản vay theo danh mục phân loại "
                    "xanh quốc gia và quy định của Ngân hàng Nhà nước về quản lý rủi ro môi trường. Một hồ "
                    "sơ mất trung bình 10 ngày làm việc và kết quả phụ thuộc vào kinh nghiệm từng người. "
                    "Chúng tôi tìm giải pháp chấm điểm ESG cho doanh nghiệp nhỏ từ dữ liệu thay thế như "
                    "hóa đơn tiền điện, hóa đơn điện tử, chứng nhận ISO, vị trí nhà xưởng, ảnh vệ tinh và "
                    "lịch sử xử phạt môi trường; ước tính phát thải và mức tiết kiệm của dự án; phân loại "
                    "khoản vay xanh kèm giải thích rõ ràng cho cán bộ tín dụng và kiểm toán. Giải pháp "
                    "phải tích hợp với hệ thống khởi tạo khoản vay của ngân hàng, bảo vệ dữ liệu khách "
                    "hàng theo Nghị định 13/2023 và cho phép kiểm chứng lại từng điểm số."
                ),
                "context": (
                    "Ngân hàng có khoảng 45.000 khách hàng doanh nghiệp nhỏ và vừa, phần lớn ở TP.HCM, "
                    "Bình Dương và Long An. Chúng tôi đặt mục tiêu nâng tỷ trọng tín dụng xanh lên 10% vào "
                    "năm 2028 và đang tiếp cận nguồn vốn ưu đãi của các định chế tài chính quốc tế, vốn "
                    "yêu cầu báo cáo tác động định kỳ. Khối Quản lý rủi ro và Khối Khách hàng doanh nghiệp "
                    "cùng chủ trì thử thách này, với sự hỗ trợ của Ủy ban Phát triển bền vững của ngân "
                    "hàng."
                ),
                "outcomes": (
                    "Điểm ESG cho 500 hồ sơ vay thí điểm; thời gian thẩm định phần môi trường giảm từ 10 "
                    "ngày xuống 2 ngày; ít nhất 80% kết quả phân loại được chuyên gia rủi ro đồng ý; báo "
                    "cáo lượng phát thải tránh được của danh mục vay xanh; giao diện giải thích điểm số "
                    "cho cán bộ tín dụng."
                ),
                "offer": (
                    "Dữ liệu hồ sơ vay 3 năm đã ẩn danh, môi trường thử nghiệm tích hợp với hệ thống khởi "
                    "tạo khoản vay, kinh phí thí điểm từ 400 triệu đến 1,5 tỷ đồng, chuyên gia rủi ro và "
                    "ESG hướng dẫn, và hợp đồng thương mại nếu đạt chỉ tiêu."
                ),
            },
            "en": {
                "title": "ESG scoring for green loans to small and medium enterprises",
                "statement": (
                    "Green credit makes up only about 3% of Bến Thành Bank's lending to small and medium "
                    "enterprises, even though demand for loans to install rooftop solar, replace "
                    "coal-fired boilers or treat wastewater is growing fast. The biggest obstacle is data: "
                    "small firms have almost no emissions or environmental reports, and credit officers "
                    "must read permits and invoices themselves and visit sites to classify loans under the "
                    "national green taxonomy and the State Bank's rules on environmental risk management. "
                    "One file takes 10 working days on average, and the result depends on each officer's "
                    "experience. We are looking for solutions that score small firms on ESG from "
                    "alternative data such as electricity bills, e-invoices, ISO certificates, factory "
                    "location, satellite images and records of environmental fines; estimate the emissions "
                    "and savings of the financed project; and classify green loans with a clear "
                    "explanation for credit officers and auditors. The solution must integrate with the "
                    "bank's loan origination system, protect customer data under Decree 13/2023 and make "
                    "every score verifiable."
                ),
                "context": (
                    "The bank has about 45,000 SME customers, mostly in Ho Chi Minh City, Bình Dương and "
                    "Long An. We aim to raise the share of green credit to 10% by 2028 and are applying "
                    "for concessional funding from international finance institutions, which require "
                    "regular impact reports. The Risk Management division and the Corporate Banking "
                    "division jointly lead this challenge, with support from the bank's sustainability "
                    "committee."
                ),
                "outcomes": (
                    "ESG scores for 500 pilot loan files; environmental appraisal time cut from 10 days to "
                    "2 days; at least 80% of classifications agreed by risk experts; a report of the "
                    "emissions avoided by the green loan portfolio; an interface that explains each score "
                    "to credit officers."
                ),
                "offer": (
                    "Three years of anonymised loan files, a test environment integrated with the loan "
                    "origination system, a pilot budget of 400 million to 1.5 billion VND, guidance from "
                    "risk and ESG experts, and a commercial contract if the targets are met."
                ),
            },
        },
        "pilot_site": False,
        "data_access": True,
        "mentoring": True,
        "budget_min_vnd": 400_000_000,
        "budget_max_vnd": 1_500_000_000,
        "eligibility": {
            "stages": ["early_revenue", "growth"],
            "min_trl": 7,
            "countries": [],
            "legal_entity_required": True,
            "max_applications_per_startup": 1,
        },
        "languages": ["vi", "en"],
        "shortlist_size": 6,
    },
    {
        "key": "chip-packaging-yield",
        "owner": "shtp",
        "state": "published",
        "review_comment": "",
        "sectors": ["semiconductors", "ai", "smart_manufacturing"],
        "texts": {
            "en": {
                "title": "AI defect classification and yield analytics for chip assembly and test",
                "statement": (
                    "Saigon Hi-Tech Park hosts several semiconductor assembly, test and packaging plants "
                    "and a growing number of local suppliers. Their yield engineers share the same "
                    "problem: automated optical inspection (AOI) and X-ray machines after die attach, wire "
                    "bonding and molding flag far more units than are really defective. At one member "
                    "plant about 30% of flagged units turn out to be good after manual re-inspection, "
                    "which ties up dozens of operators per shift and slows the line. Real defects such as "
                    "solder voids, wire sweep, non-stick on pad and mold cracks are classified by hand, so "
                    "root causes are found days later. We are looking for AI solutions that classify "
                    "defects on AOI and X-ray images with an accuracy close to senior inspectors, cut "
                    "false calls by at least half, and link defect patterns to process parameters "
                    "collected from equipment through SECS/GEM, such as bond force, temperature and "
                    "capillary wear. Solutions must run on premises without sending images outside the "
                    "plant, learn from a small number of labelled examples when a new package type is "
                    "introduced, and explain each decision so that quality engineers can trust and audit "
                    "it."
                ),
                "context": (
                    "The Saigon Hi-Tech Park Management Board coordinates the park's semiconductor "
                    "programme, which aims to train thousands of chip engineers by 2030 and bring local "
                    "suppliers into the chip value chain. Two member plants running QFN, BGA and "
                    "system-in-package lines have agreed to host the pilot. Image data stays inside each "
                    "plant's network; the park's Research and Development Centre provides a GPU server "
                    "room for joint experiments."
                ),
                "outcomes": (
                    "Within a five-month pilot on one packaging line: false calls reduced by at least 50% "
                    "at an equal or lower escape rate; classification accuracy above 95% on the agreed "
                    "defect classes; a root-cause dashboard linking defects to equipment parameters; a "
                    "documented procedure for adding a new package type with fewer than 200 labelled "
                    "images."
                ),
                "offer": (
                    "Access to a pilot line and anonymised AOI and X-ray image archives, process data from "
                    "SECS/GEM logs, GPU servers at the Hi-Tech Park R&D Centre, a budget of 600 million to "
                    "2 billion VND, and mentoring by senior yield engineers."
                ),
            },
        },
        "pilot_site": True,
        "data_access": True,
        "mentoring": True,
        "budget_min_vnd": 600_000_000,
        "budget_max_vnd": 2_000_000_000,
        "eligibility": {
            "stages": ["prototype", "mvp", "early_revenue", "growth"],
            "min_trl": 5,
            "countries": ["VN", "KR", "JP", "US", "FI"],
            "legal_entity_required": False,
            "max_applications_per_startup": None,
        },
        "languages": ["en"],
        "shortlist_size": 6,
    },
    {
        "key": "low-carbon-materials",
        "owner": "construction",
        "state": "published",
        "review_comment": "",
        "sectors": ["new_materials"],
        "texts": {
            "vi": {
                "title": "Vật liệu xây dựng phát thải thấp cho công trình công cộng",
                "statement": (
                    "Mỗi năm TP.HCM xây mới và cải tạo hàng trăm trường học, trạm y tế, nhà ở xã hội và "
                    "hàng chục kilômét vỉa hè, tiêu thụ lượng lớn xi măng, cát và gạch nung. Xi măng là "
                    "nguồn phát thải khí nhà kính lớn nhất của ngành xây dựng, cát sông ngày càng khan "
                    "hiếm, trong khi thành phố phát sinh khoảng 2.000 tấn xà bần mỗi ngày mà phần lớn bị "
                    "đổ thải hoặc san lấp trái phép. Tro bay và xỉ từ các nhà máy nhiệt điện, nhà máy thép "
                    "ở miền Nam cũng chưa được tận dụng hết. Chúng tôi tìm vật liệu và giải pháp có thể "
                    "dùng ngay trong công trình công cộng: bê tông geopolymer hoặc bê tông dùng ít xi "
                    "măng, cốt liệu tái chế từ xà bần, gạch không nung, tấm tường nhẹ, gạch lát vỉa hè "
                    "thấm nước. Vật liệu phải đạt tiêu chuẩn TCVN về cường độ và độ bền, có chi phí không "
                    "cao hơn vật liệu truyền thống quá 10%, nguồn cung ổn định trong bán kính 150 km, và "
                    "đi kèm cách tính lượng CO2 giảm được cho từng mét khối hoặc mét vuông để đưa vào hồ "
                    "sơ dự toán công trình."
                ),
                "context": (
                    "Sở Xây dựng TP.HCM quản lý quy chuẩn, định mức và cấp phép cho các công trình sử dụng "
                    "vốn ngân sách. Thành phố đã có chủ trương tăng tỷ lệ vật liệu xây không nung và tái "
                    "chế chất thải rắn xây dựng. Các dự án cải tạo vỉa hè ở khu trung tâm và một trường "
                    "tiểu học mới tại TP. Thủ Đức có thể làm công trình thử nghiệm nếu vật liệu được kiểm "
                    "định đạt yêu cầu và phù hợp với thiết kế."
                ),
                "outcomes": (
                    "Ít nhất một vật liệu được kiểm định tại phòng thí nghiệm chuyên ngành và thi công thử "
                    "trên 500 m² vỉa hè hoặc một hạng mục trường học; lượng CO2 giảm trên 30% so với vật "
                    "liệu được thay thế; báo cáo chi phí vòng đời; đề xuất bổ sung định mức để vật liệu "
                    "được đưa vào dự toán công trình công."
                ),
                "offer": (
                    "Công trình thử nghiệm, hỗ trợ kiểm định tại phòng thí nghiệm được công nhận, kết nối "
                    "với nguồn xà bần và tro xỉ, kinh phí từ 300 triệu đến 1 tỷ đồng và chuyên gia định "
                    "mức xây dựng đồng hành."
                ),
            },
            "en": {
                "title": "Low-carbon building materials for public works",
                "statement": (
                    "Every year Ho Chi Minh City builds or renovates hundreds of schools, health stations "
                    "and social housing blocks and dozens of kilometres of sidewalks, consuming large "
                    "amounts of cement, sand and fired bricks. Cement is the construction sector's largest "
                    "source of greenhouse gas emissions, river sand is increasingly scarce, and the city "
                    "generates about 2,000 tonnes of construction and demolition waste a day, most of it "
                    "dumped or used as illegal landfill. Fly ash and slag from power plants and steel "
                    "mills in the south are not fully used either. We are looking for materials and "
                    "solutions that can be used right away in public works: geopolymer or low-cement "
                    "concrete, recycled aggregate from demolition waste, unfired bricks, lightweight wall "
                    "panels and permeable paving for sidewalks. Materials must meet TCVN standards for "
                    "strength and durability, cost no more than 10% above conventional materials, have a "
                    "stable supply within 150 km, and come with a method for calculating the CO2 saved per "
                    "cubic metre or square metre that can go into the cost estimate of a project."
                ),
                "context": (
                    "The HCMC Department of Construction manages standards, unit norms and permits for "
                    "publicly funded works. The city has a policy to raise the share of unfired building "
                    "materials and to recycle construction waste. Sidewalk renovation projects in the city "
                    "centre and a new primary school in Thủ Đức City can serve as test sites once the "
                    "materials have passed certification and meet the design requirements."
                ),
                "outcomes": (
                    "At least one material certified by an accredited laboratory and trialled on 500 m² of "
                    "sidewalk or one part of a school; CO2 cut by more than 30% compared with the material "
                    "it replaces; a life-cycle cost report; a proposal for new unit norms so that the "
                    "material can enter the cost estimates of public works."
                ),
                "offer": (
                    "Test sites, help with certification at an accredited laboratory, connections to "
                    "sources of demolition waste, fly ash and slag, a budget of 300 million to 1 billion "
                    "VND, and construction cost experts working alongside the team."
                ),
            },
        },
        "pilot_site": True,
        "data_access": False,
        "mentoring": True,
        "budget_min_vnd": 300_000_000,
        "budget_max_vnd": 1_000_000_000,
        "eligibility": {
            "stages": [],
            "min_trl": 5,
            "countries": [],
            "legal_entity_required": False,
            "max_applications_per_startup": None,
        },
        "languages": ["vi", "en"],
        "shortlist_size": 6,
    },
    {
        "key": "outpatient-flow",
        "owner": "saigoneast",
        "state": "published",
        "review_comment": "",
        "sectors": ["ai", "other"],
        "texts": {
            "vi": {
                "title": "Rút ngắn thời gian chờ khám ngoại trú",
                "statement": (
                    "Khoa Khám bệnh của bệnh viện tiếp nhận từ 5.000 đến 6.000 lượt người bệnh ngoại trú "
                    "mỗi ngày, trong đó khoảng 70% dùng bảo hiểm y tế. Nhiều người đến từ 5 giờ sáng để "
                    "lấy số, sau đó xếp hàng lần lượt ở quầy tiếp nhận, phòng khám, quầy thanh toán, phòng "
                    "xét nghiệm, chẩn đoán hình ảnh và nhà thuốc. Tổng thời gian một lượt khám có xét "
                    "nghiệm trung bình 4 giờ, trong khi bác sĩ chỉ khám khoảng 7 phút. Người bệnh lớn tuổi "
                    "và người từ các tỉnh lân cận chịu thiệt nhất: họ không biết nên đến lúc nào, đi phòng "
                    "nào tiếp theo và còn phải chờ bao lâu. Bệnh viện đã cho đặt lịch qua tổng đài và dùng "
                    "căn cước gắn chip để làm thủ tục bảo hiểm, nhưng chưa đến 10% người bệnh đặt lịch "
                    "trước. Chúng tôi cần giải pháp dự báo lượng người bệnh theo giờ và theo chuyên khoa, "
                    "phân bổ khung giờ đến hợp lý, hiển thị thời gian chờ thực tế và hướng dẫn người bệnh "
                    "qua từng bước, đồng thời giúp điều phối nhân lực và phòng xét nghiệm. Giải pháp phải "
                    "tích hợp với hệ thống thông tin bệnh viện (HIS) hiện có, dễ dùng với người không rành "
                    "điện thoại, và bảo vệ dữ liệu sức khỏe theo quy định."
                ),
                "context": (
                    "Bệnh viện Đa khoa Sài Gòn Đông là bệnh viện hạng I với 1.200 giường, phục vụ người "
                    "dân TP. Thủ Đức và các tỉnh Đồng Nai, Bình Dương. Khu khám bệnh mới đưa vào sử dụng "
                    "năm 2024 nhưng vẫn quá tải vào sáng thứ Hai và sau các kỳ nghỉ lễ. Hệ thống HIS và hệ "
                    "thống xét nghiệm LIS có API; dữ liệu lượt khám 3 năm có thể dùng cho thí điểm sau khi "
                    "ẩn danh."
                ),
                "outcomes": (
                    "Thời gian trung bình một lượt khám có xét nghiệm giảm từ 4 giờ xuống dưới 2,5 giờ; "
                    "30% người bệnh đến theo khung giờ hẹn; dự báo lượng người bệnh theo giờ sai số dưới "
                    "15%; mức hài lòng tăng theo khảo sát của Sở Y tế; bảng điều phối cho trưởng khoa khám "
                    "bệnh."
                ),
                "offer": (
                    "Thí điểm tại khu khám bệnh và phòng xét nghiệm, quyền truy cập API của HIS và dữ liệu "
                    "đã ẩn danh, kinh phí từ 300 triệu đến 1 tỷ đồng, bác sĩ và điều dưỡng trưởng tham gia "
                    "thiết kế quy trình mới."
                ),
            },
            "en": {
                "title": "Cutting outpatient waiting times",
                "statement": (
                    "The hospital's outpatient department receives 5,000 to 6,000 visits a day, about 70% "
                    "of them covered by health insurance. Many patients arrive at 5 a.m. to get a number, "
                    "then queue in turn at registration, the consulting room, the cashier, the laboratory, "
                    "imaging and the pharmacy. A visit with laboratory tests takes 4 hours on average, "
                    "while the doctor spends only about 7 minutes with the patient. Elderly patients and "
                    "people from neighbouring provinces suffer most: they do not know when to come, which "
                    "room to go to next or how long they still have to wait. The hospital already offers "
                    "booking by phone and uses chip-based ID cards for insurance check-in, but fewer than "
                    "10% of patients book ahead. We need a solution that forecasts patient numbers by hour "
                    "and by specialty, spreads arrivals over sensible time slots, shows real waiting times "
                    "and guides patients through each step, while helping to schedule staff and laboratory "
                    "capacity. It must integrate with the existing hospital information system (HIS), be "
                    "easy for people who are not comfortable with smartphones, and protect health data as "
                    "the law requires."
                ),
                "context": (
                    "Saigon East General Hospital is a grade I hospital with 1,200 beds serving residents "
                    "of Thủ Đức City and the provinces of Đồng Nai and Bình Dương. Its new outpatient "
                    "building opened in 2024 but is still overcrowded on Monday mornings and after public "
                    "holidays. The HIS and the laboratory information system (LIS) have APIs; three years "
                    "of visit data can be used for the pilot once anonymised."
                ),
                "outcomes": (
                    "Average time of a visit with laboratory tests cut from 4 hours to under 2.5 hours; "
                    "30% of patients arriving in a booked time slot; hourly patient forecasts within 15% "
                    "error; higher satisfaction in the Department of Health's survey; a coordination "
                    "dashboard for the head of the outpatient department."
                ),
                "offer": (
                    "A pilot in the outpatient department and the laboratory, access to the HIS APIs and "
                    "anonymised data, a budget of 300 million to 1 billion VND, and senior doctors and "
                    "head nurses taking part in designing the new process."
                ),
            },
        },
        "pilot_site": True,
        "data_access": True,
        "mentoring": True,
        "budget_min_vnd": 300_000_000,
        "budget_max_vnd": 1_000_000_000,
        "eligibility": {
            "stages": ["mvp", "early_revenue", "growth"],
            "min_trl": 6,
            "countries": [],
            "legal_entity_required": True,
            "max_applications_per_startup": None,
        },
        "languages": ["vi", "en"],
        "shortlist_size": 8,
    },
    {
        "key": "public-service-chatbot",
        "owner": "dost",
        "state": "published",
        "review_comment": "",
        "sectors": ["ai", "smart_city"],
        "texts": {
            "vi": {
                "title": "Trợ lý ảo trả lời người dân về thủ tục hành chính",
                "statement": (
                    "Sau khi sắp xếp lại đơn vị hành chính năm 2025, nhiều thủ tục, địa chỉ tiếp nhận hồ "
                    "sơ và thẩm quyền giải quyết ở TP.HCM đã thay đổi. Người dân hỏi rất nhiều: làm giấy "
                    "khai sinh cho con ở đâu, đăng ký thường trú cần giấy tờ gì, cấp đổi giấy chứng nhận "
                    "quyền sử dụng đất mất bao lâu, lệ phí đăng ký hộ kinh doanh là bao nhiêu. Tổng đài "
                    "1022 và bộ phận một cửa của các phường nhận hàng nghìn câu hỏi mỗi ngày, phần lớn lặp "
                    "lại, trong khi câu trả lời nằm rải rác trong hàng nghìn trang văn bản và trên Cổng "
                    "dịch vụ công. Chúng tôi cần một trợ lý ảo tiếng Việt trả lời câu hỏi về thủ tục hành "
                    "chính qua website, Zalo và điện thoại, dựa trên cơ sở dữ liệu thủ tục chính thức, "
                    "luôn dẫn nguồn văn bản và không tự bịa ra thông tin. Trợ lý phải hiểu được câu hỏi gõ "
                    "không dấu, viết tắt, giọng nói miền Nam và cách nói của người lớn tuổi, biết hỏi lại "
                    "khi câu hỏi chưa rõ, chuyển cho cán bộ khi vượt quá khả năng, và được cập nhật ngay "
                    "khi quy định thay đổi. Dữ liệu hội thoại của người dân phải được lưu trữ trong nước "
                    "và bảo vệ theo Nghị định 13/2023."
                ),
                "context": (
                    "Sở Khoa học và Công nghệ phụ trách chuyển đổi số của thành phố và quản lý Tổng đài "
                    "1022. Thành phố có khoảng 2.000 thủ tục hành chính đang áp dụng, được chuẩn hóa trên "
                    "Cơ sở dữ liệu quốc gia về thủ tục hành chính. Dữ liệu câu hỏi của Tổng đài trong 12 "
                    "tháng, đã ẩn danh, có thể được dùng để huấn luyện và đánh giá trợ lý."
                ),
                "outcomes": (
                    "Trả lời đúng và có dẫn nguồn ít nhất 90% câu hỏi trong bộ kiểm thử 1.000 câu; giảm "
                    "30% cuộc gọi lặp lại đến Tổng đài 1022 ở các phường thí điểm; cập nhật nội dung trong "
                    "vòng 24 giờ khi thủ tục thay đổi; không có câu trả lời sai về lệ phí hoặc thời hạn "
                    "trong đợt kiểm tra độc lập."
                ),
                "offer": (
                    "Dữ liệu thủ tục hành chính đã chuẩn hóa, dữ liệu câu hỏi của Tổng đài đã ẩn danh, hạ "
                    "tầng máy chủ tại Trung tâm dữ liệu thành phố, kinh phí từ 500 triệu đến 1,5 tỷ đồng "
                    "và thí điểm tại 5 phường."
                ),
            },
        },
        "pilot_site": True,
        "data_access": True,
        "mentoring": False,
        "budget_min_vnd": 500_000_000,
        "budget_max_vnd": 1_500_000_000,
        "eligibility": {
            "stages": ["prototype", "mvp", "early_revenue", "growth"],
            "min_trl": 5,
            "countries": ["VN"],
            "legal_entity_required": True,
            "max_applications_per_startup": None,
        },
        "languages": ["vi", "en"],
        "shortlist_size": 8,
    },
    {
        "key": "market-food-traceability",
        "owner": "saigontuoi",
        "state": "published",
        "review_comment": "",
        "sectors": ["sme_digital", "other"],
        "texts": {
            "vi": {
                "title": "Truy xuất nguồn gốc rau, thịt và thủy sản tại chợ đầu mối",
                "statement": (
                    "Ba chợ đầu mối Bình Điền, Hóc Môn và Thủ Đức mỗi đêm tiếp nhận hàng nghìn tấn rau củ, "
                    "thịt và thủy sản từ Lâm Đồng, Tiền Giang, Long An và các tỉnh miền Tây, mua bán chủ "
                    "yếu từ 22 giờ đến 4 giờ sáng. Phần lớn tiểu thương ghi chép bằng sổ tay, hàng được "
                    "chia nhỏ và sang tay nhiều lần, nên khi phát hiện một lô rau có dư lượng thuốc bảo vệ "
                    "thực vật vượt ngưỡng, rất khó biết lô đó từ vườn nào và đã bán cho ai. Sài Gòn Tươi "
                    "mua hàng từ các chợ này cho 120 cửa hàng và bếp ăn của 80 trường học, nên chúng tôi "
                    "cần một giải pháp truy xuất nguồn gốc dùng được trong thực tế: mỗi lô hàng có mã "
                    "riêng từ nơi sản xuất đến sạp chợ và cửa hàng, lưu lại kết quả test nhanh tại chợ, "
                    "nhiệt độ bảo quản với thịt và thủy sản, và thông tin người bán. Giải pháp phải dùng "
                    "được ban đêm trên điện thoại phổ thông của tiểu thương, ghi nhận một lô trong vài "
                    "giây, chạy được khi mạng yếu, chi phí mỗi sạp không quá 200.000 đồng mỗi tháng, và "
                    "kết nối được với hệ thống truy xuất nguồn gốc của thành phố."
                ),
                "context": (
                    "Sài Gòn Tươi Foods là chuỗi thực phẩm tươi có kho trung chuyển tại Bình Chánh. Ban "
                    "quản lý ba chợ đầu mối đồng ý cho thí điểm tại một số dãy sạp rau và thủy sản. Cơ "
                    "quan quản lý an toàn thực phẩm thành phố đang thúc đẩy tem truy xuất nguồn gốc và sẽ "
                    "hướng dẫn về định dạng dữ liệu cần kết nối. Mỗi đêm, đội thu mua của công ty có mặt "
                    "tại các chợ từ 23 giờ."
                ),
                "outcomes": (
                    "Trong 6 tháng: ít nhất 200 sạp và 50 nhà cung cấp sử dụng; truy ngược một lô hàng về "
                    "nơi sản xuất trong dưới 2 giờ thay vì vài ngày; 100% lô rau cung cấp cho bếp ăn "
                    "trường học có kết quả test nhanh lưu trên hệ thống; tiểu thương tiếp tục sử dụng sau "
                    "khi kết thúc thí điểm."
                ),
                "offer": (
                    "Dãy sạp thí điểm tại ba chợ, kết nối với nhà cung cấp và hệ thống cửa hàng, kinh phí "
                    "từ 200 đến 700 triệu đồng, hỗ trợ tem và bộ test nhanh, và cơ hội triển khai cho toàn "
                    "chuỗi cung ứng của công ty."
                ),
            },
            "en": {
                "title": "Traceability of vegetables, meat and seafood at wholesale markets",
                "statement": (
                    "Every night the three wholesale markets of Bình Điền, Hóc Môn and Thủ Đức receive "
                    "thousands of tonnes of vegetables, meat and seafood from Lâm Đồng, Tiền Giang, Long "
                    "An and the Mekong Delta provinces, with most trading between 10 p.m. and 4 a.m. Most "
                    "traders keep records in notebooks, and goods are split and change hands many times, "
                    "so when a lot of vegetables is found with pesticide residues above the limit it is "
                    "very hard to know which farm it came from and to whom it was sold. Sài Gòn Tươi buys "
                    "from these markets for 120 stores and the kitchens of 80 schools, so we need a "
                    "traceability solution that works in practice: each lot gets its own code from the "
                    "farm to the market stall and the store, with the results of rapid tests at the "
                    "market, storage temperatures for meat and seafood, and the seller's details. The "
                    "solution must work at night on traders' basic phones, record a lot in a few seconds, "
                    "run on a weak network, cost no more than 200,000 VND per stall per month, and connect "
                    "to the city's traceability system."
                ),
                "context": (
                    "Sài Gòn Tươi Foods is a fresh food chain with a cross-docking warehouse in Bình "
                    "Chánh. The management boards of the three wholesale markets have agreed to pilot in "
                    "some rows of vegetable and seafood stalls. The city's food safety authority is "
                    "promoting traceability labels and will advise on the data format to connect to. Every "
                    "night the company's buying team is at the markets from 11 p.m."
                ),
                "outcomes": (
                    "Within 6 months: at least 200 stalls and 50 suppliers using the system; tracing a lot "
                    "back to its farm in under 2 hours instead of several days; rapid test results stored "
                    "for 100% of vegetable lots supplied to school kitchens; traders still using it after "
                    "the pilot ends."
                ),
                "offer": (
                    "Pilot stall rows in the three markets, connections to suppliers and to our store "
                    "network, a budget of 200 to 700 million VND, support with labels and rapid test kits, "
                    "and the chance of a roll-out across the company's whole supply chain."
                ),
            },
        },
        "pilot_site": True,
        "data_access": True,
        "mentoring": False,
        "budget_min_vnd": 200_000_000,
        "budget_max_vnd": 700_000_000,
        "eligibility": {
            "stages": [],
            "min_trl": 4,
            "countries": [],
            "legal_entity_required": False,
            "max_applications_per_startup": None,
        },
        "languages": ["vi", "en"],
        "shortlist_size": 8,
    },
    {
        "key": "mekong-cold-chain",
        "owner": "saigontuoi",
        "state": "published",
        "review_comment": "",
        "sectors": ["logistics_ports", "biotech"],
        "texts": {
            "en": {
                "title": "Cold chain for Mekong Delta fruit from collection point to city shelves",
                "statement": (
                    "Between an orchard in Tiền Giang or Đồng Tháp and a supermarket shelf in Ho Chi Minh "
                    "City, 20% to 30% of dragon fruit, mangoes, pomelos and durians are lost or "
                    "downgraded. Fruit is harvested in the heat, waits for hours at collection points "
                    "without cooling, then travels two to five hours on trucks whose temperature nobody "
                    "records. When a load arrives soft or bruised at our distribution centre in Bình "
                    "Chánh, we cannot tell whether the cause was the orchard, the collection point, the "
                    "truck or the loading dock, and the same losses repeat every season. We want solutions "
                    "that make the cold chain measurable and cheaper to run: low-cost temperature and "
                    "humidity loggers that travel with each crate or pallet, shelf-life prediction that "
                    "tells our buyers which lot to sell first, route and load planning that fills "
                    "refrigerated trucks from several collection points, and affordable pre-cooling at "
                    "collection points, for example solar-powered cold rooms shared by cooperatives. "
                    "Solutions must work with small cooperatives and independent truck owners, tolerate "
                    "patchy mobile coverage in the delta, and prove their value in money saved per tonne."
                ),
                "context": (
                    "Sài Gòn Tươi Foods buys about 60 tonnes of fruit a week from 35 cooperatives in Tiền "
                    "Giang, Đồng Tháp, Bến Tre and Long An, for its own stores and for export partners. We "
                    "own four refrigerated trucks and hire around twenty more. The pilot will cover two "
                    "fruit seasons and at least five cooperatives that already sell to us."
                ),
                "outcomes": (
                    "Post-harvest loss on pilot routes cut from about 25% to under 15%; complete "
                    "temperature records for every pilot lot from collection point to store; shelf-life "
                    "predictions within two days of reality for 80% of lots; a cost model showing savings "
                    "per tonne that cooperatives and truck owners accept."
                ),
                "offer": (
                    "Pilot routes and cooperatives, our distribution centre and trucks, historical "
                    "purchase and loss data, a budget of 300 million to 1 billion VND, and introductions "
                    "to our export partners in Singapore, Korea and Japan."
                ),
            },
        },
        "pilot_site": True,
        "data_access": True,
        "mentoring": False,
        "budget_min_vnd": 300_000_000,
        "budget_max_vnd": 1_000_000_000,
        "eligibility": {
            "stages": ["mvp", "early_revenue", "growth"],
            "min_trl": 6,
            "countries": [],
            "legal_entity_required": False,
            "max_applications_per_startup": None,
        },
        "languages": ["vi", "en"],
        "shortlist_size": 6,
    },
    {
        "key": "night-time-economy",
        "owner": "tourism",
        "state": "closed",
        "review_comment": "",
        "sectors": ["culture_industry", "smart_city"],
        "texts": {
            "vi": {
                "title": "Dữ liệu và trải nghiệm cho kinh tế ban đêm ở trung tâm thành phố",
                "statement": (
                    "TP.HCM đang phát triển kinh tế ban đêm tại các khu vực như phố đi bộ Nguyễn Huệ, phố "
                    "Tây Bùi Viện, khu chợ Bến Thành, phố ẩm thực Vĩnh Khánh và Hồ Thị Kỷ. Vào tối cuối "
                    "tuần, các khu này đón hàng chục nghìn lượt khách, nhưng chỉ vài tuyến phố quá tải "
                    "trong khi nhiều điểm khác vắng khách sau 22 giờ. Thành phố chưa có số liệu tin cậy về "
                    "lượng khách theo giờ, khách đến từ đâu, chi tiêu bao nhiêu và ở lại bao lâu, nên khó "
                    "đánh giá hiệu quả của các sự kiện, khó bố trí lực lượng an ninh, vệ sinh, giao thông "
                    "và khó hỗ trợ các hộ kinh doanh. Chúng tôi tìm giải pháp đo lường dòng khách ban đêm "
                    "bằng dữ liệu ẩn danh, bản đồ số các điểm vui chơi, ăn uống, biểu diễn mở cửa muộn, "
                    "gợi ý lịch trình giúp khách đi tiếp đến những khu vực ít đông hơn, và công cụ giúp hộ "
                    "kinh doanh nhỏ nhận đặt chỗ, thanh toán không tiền mặt. Giải pháp cũng cần theo dõi "
                    "tiếng ồn và phản ánh của cư dân để cân bằng giữa hoạt động về đêm và cuộc sống của "
                    "người dân trong khu vực."
                ),
                "context": (
                    "Sở Du lịch TP.HCM điều phối đề án phát triển kinh tế ban đêm cùng các phường trung "
                    "tâm. Thử thách đã đóng nhận hồ sơ; kết quả được dùng để chuẩn bị mùa lễ hội cuối năm "
                    "và tuần lễ du lịch của thành phố. Dữ liệu vé sự kiện và số liệu khách lưu trú của các "
                    "khách sạn được cung cấp ở dạng tổng hợp. Các phường Bến Thành, Sài Gòn và Khánh Hội "
                    "tham gia thí điểm."
                ),
                "outcomes": (
                    "Số liệu dòng khách theo giờ cho 5 khu vực; bản đồ số ít nhất 500 điểm kinh doanh về "
                    "đêm; lượng khách ở các khu vực vệ tinh tăng 15% trong các sự kiện thí điểm; báo cáo "
                    "chi tiêu ban đêm của du khách; cơ chế tiếp nhận phản ánh tiếng ồn của cư dân; khuyến "
                    "nghị về giờ hoạt động và lịch sự kiện ban đêm cho năm tiếp theo."
                ),
                "offer": (
                    "Thí điểm trong các sự kiện của thành phố như lễ hội cuối năm, dữ liệu tổng hợp về du "
                    "lịch, quảng bá trên các kênh chính thức của Sở, kết nối với hiệp hội du lịch và các "
                    "hộ kinh doanh; thử thách không có kinh phí trực tiếp."
                ),
            },
            "en": {
                "title": "Data and experiences for the night-time economy in the city centre",
                "statement": (
                    "Ho Chi Minh City is developing its night-time economy in areas such as the Nguyễn Huệ "
                    "walking street, Bùi Viện backpacker street, the Bến Thành market area and the Vĩnh "
                    "Khánh and Hồ Thị Kỷ food streets. On weekend evenings these areas receive tens of "
                    "thousands of visitors, but only a few streets are overcrowded while many other spots "
                    "are empty after 10 p.m. The city has no reliable figures on visitors by hour, where "
                    "they come from, how much they spend and how long they stay, so it is hard to evaluate "
                    "events, to deploy security, cleaning and traffic staff, and to support local "
                    "businesses. We are looking for solutions that measure night-time visitor flows from "
                    "anonymised data, a digital map of late-opening entertainment, food and performance "
                    "venues, itinerary suggestions that lead visitors on to less crowded areas, and tools "
                    "that help small businesses take bookings and cashless payments. Solutions should also "
                    "track noise and residents' complaints, to balance night-time activity with the lives "
                    "of the people who live in these areas."
                ),
                "context": (
                    "The HCMC Department of Tourism coordinates the night-time economy programme with the "
                    "central wards. The challenge has closed for applications; its results will be used to "
                    "prepare the year-end festival season and the city's tourism week. Event ticketing "
                    "data and hotel occupancy figures are provided in aggregated form. The Bến Thành, Sài "
                    "Gòn and Khánh Hội wards take part in the pilot."
                ),
                "outcomes": (
                    "Hourly visitor figures for 5 areas; a digital map of at least 500 night-time "
                    "businesses; 15% more visitors in satellite areas during pilot events; a report on "
                    "visitors' night-time spending; a channel for residents' noise complaints; "
                    "recommendations on opening hours and the calendar of night events for the following "
                    "year."
                ),
                "offer": (
                    "Pilots during city events such as the year-end festival, aggregated tourism data, "
                    "promotion on the Department's official channels, and connections to tourism "
                    "associations and local businesses; the challenge carries no direct funding."
                ),
            },
        },
        "pilot_site": True,
        "data_access": True,
        "mentoring": True,
        "budget_min_vnd": None,
        "budget_max_vnd": None,
        "eligibility": {
            "stages": [],
            "min_trl": None,
            "countries": [],
            "legal_entity_required": False,
            "max_applications_per_startup": 1,
        },
        "languages": ["vi", "en"],
        "shortlist_size": 6,
    },
    {
        "key": "household-waste-sorting",
        "owner": "environment",
        "state": "submitted",
        "review_comment": "",
        "sectors": ["smart_city", "other"],
        "texts": {
            "vi": {
                "title": "Thu gom và phân loại rác sinh hoạt tại nguồn",
                "statement": (
                    "TP.HCM phát sinh khoảng 10.000 tấn rác sinh hoạt mỗi ngày, phần lớn vẫn được chôn lấp "
                    "tại các khu xử lý Đa Phước và Phước Hiệp. Từ năm 2025, hộ gia đình phải phân loại rác "
                    "thành ba nhóm: chất thải có khả năng tái chế, chất thải thực phẩm và chất thải rắn "
                    "sinh hoạt khác, nhưng ở nhiều phường việc phân loại mới dừng ở hình thức: rác đã phân "
                    "loại lại bị đổ chung lên xe thu gom. Lực lượng thu gom gồm hợp tác xã, công ty dịch "
                    "vụ và người thu gom dân lập, còn lịch và tuyến thu gom chủ yếu dựa vào kinh nghiệm. "
                    "Chúng tôi tìm giải pháp giúp tổ chức thu gom riêng theo từng loại rác: tối ưu lịch và "
                    "tuyến xe, ghi nhận khối lượng và chất lượng phân loại của từng điểm, khuyến khích hộ "
                    "gia đình phân loại đúng bằng điểm thưởng hoặc giảm phí, và kết nối rác tái chế với cơ "
                    "sở thu mua. Giải pháp cần dễ dùng với người thu gom lớn tuổi và phù hợp với các hẻm "
                    "nhỏ, nơi xe tải không vào được."
                ),
                "context": (
                    "Sở Nông nghiệp và Môi trường quản lý hoạt động thu gom, vận chuyển và xử lý chất thải "
                    "rắn sinh hoạt của thành phố. Ba phường ở khu vực trung tâm và ven đô đã đăng ký thí "
                    "điểm. Hiện mỗi phường có từ 20 đến 40 điểm hẹn thu gom và hàng trăm hẻm nhỏ. Các hợp "
                    "tác xã thu gom sẵn sàng lắp thiết bị trên xe và cử người tham gia tập huấn."
                ),
                "outcomes": (
                    "Tỷ lệ hộ phân loại đúng tại 3 phường thí điểm đạt trên 60%; khối lượng rác chôn lấp "
                    "giảm 20%; tuyến thu gom được tối ưu giảm 15% quãng đường; dữ liệu khối lượng theo "
                    "điểm thu gom được cập nhật hằng ngày; phản hồi của người dân và người thu gom được "
                    "ghi nhận qua khảo sát định kỳ; mô hình có thể nhân rộng cho các phường khác với chi "
                    "phí rõ ràng cho mỗi hộ."
                ),
                "offer": (
                    "Thí điểm tại 3 phường, dữ liệu tuyến thu gom hiện tại, hỗ trợ truyền thông cộng đồng "
                    "qua các tổ dân phố, kinh phí từ 200 đến 600 triệu đồng và chuyên gia quản lý chất "
                    "thải rắn hướng dẫn trong suốt quá trình thí điểm."
                ),
            },
            "en": {
                "title": "Household waste collection and sorting at source",
                "statement": (
                    "Ho Chi Minh City generates about 10,000 tonnes of household waste a day, most of it "
                    "still landfilled at the Đa Phước and Phước Hiệp treatment sites. Since 2025 "
                    "households must sort waste into three groups: recyclables, food waste and other "
                    "household waste, but in many wards sorting is still a formality: sorted waste is "
                    "tipped together into the collection truck. Collection is done by cooperatives, "
                    "service companies and independent collectors, and schedules and routes rely mostly on "
                    "experience. We are looking for solutions that organise separate collection for each "
                    "type of waste: optimised schedules and truck routes, records of the weight and "
                    "sorting quality at each collection point, incentives such as reward points or lower "
                    "fees for households that sort correctly, and links between recyclables and buyers. "
                    "Solutions must be easy for older collectors and suit narrow alleys where trucks "
                    "cannot enter."
                ),
                "context": (
                    "The Department of Agriculture and Environment manages the collection, transport and "
                    "treatment of the city's household solid waste. Three wards in central and peri-urban "
                    "areas have signed up for the pilot. Each ward currently has 20 to 40 collection "
                    "points and hundreds of small alleys. Collection cooperatives are ready to fit devices "
                    "on their vehicles and send staff to training."
                ),
                "outcomes": (
                    "More than 60% of households sorting correctly in the 3 pilot wards; 20% less waste "
                    "landfilled; optimised collection routes 15% shorter; daily weight data for each "
                    "collection point; feedback from residents and collectors gathered in regular surveys; "
                    "a model that other wards can replicate, with a clear cost per household."
                ),
                "offer": (
                    "A pilot in 3 wards, current collection route data, support with community outreach "
                    "through neighbourhood groups, a budget of 200 to 600 million VND, and guidance from "
                    "solid waste management experts throughout the pilot."
                ),
            },
        },
        "pilot_site": True,
        "data_access": True,
        "mentoring": False,
        "budget_min_vnd": 200_000_000,
        "budget_max_vnd": 600_000_000,
        "eligibility": {
            "stages": [],
            "min_trl": 4,
            "countries": [],
            "legal_entity_required": False,
            "max_applications_per_startup": None,
        },
        "languages": ["vi", "en"],
        "shortlist_size": 6,
    },
    {
        "key": "culture-ticketing",
        "owner": "tourism",
        "state": "submitted",
        "review_comment": "",
        "sectors": ["culture_industry", "sme_digital"],
        "texts": {
            "vi": {
                "title": "Bán vé điện tử và dữ liệu khán giả cho nhà hát, bảo tàng",
                "statement": (
                    "Các nhà hát, bảo tàng và điểm biểu diễn nghệ thuật của thành phố như Nhà hát Thành "
                    "phố, Nhà hát Hòa Bình, Bảo tàng Chứng tích chiến tranh và Bảo tàng Thành phố đang bán "
                    "vé theo nhiều cách khác nhau: quầy vé tiền mặt, trang web riêng, đại lý và các nền "
                    "tảng du lịch. Vé của các chương trình ăn khách bị đầu cơ, bán lại giá cao, trong khi "
                    "nhiều suất diễn khác chỉ bán được một nửa số ghế. Các đơn vị không biết khán giả của "
                    "mình là ai, đến từ đâu, quay lại bao nhiêu lần, nên khó lên kế hoạch chương trình và "
                    "quảng bá. Khách du lịch quốc tế cũng khó mua vé trước vì thiếu thông tin tiếng Anh và "
                    "thanh toán quốc tế. Chúng tôi tìm một giải pháp bán vé điện tử dùng chung, có thể gắn "
                    "vào trang web và ứng dụng hiện có của từng đơn vị, hỗ trợ thẻ tham quan nhiều điểm "
                    "cho du khách, chống đầu cơ vé, thanh toán qua ví điện tử và thẻ quốc tế, soát vé bằng "
                    "mã QR, và bảng dữ liệu khán giả giúp đơn vị định giá, chọn giờ diễn và chăm sóc khán "
                    "giả thân thiết."
                ),
                "context": (
                    "Sở Du lịch phối hợp với Sở Văn hóa và Thể thao trong chương trình phát triển công "
                    "nghiệp văn hóa của thành phố. Năm đơn vị nghệ thuật và bảo tàng đã đồng ý tham gia "
                    "thí điểm. Giải pháp phải tuân thủ quy định về hóa đơn điện tử và bảo vệ dữ liệu cá "
                    "nhân của khán giả."
                ),
                "outcomes": (
                    "Năm đơn vị bán vé trên cùng một nền tảng trong 6 tháng; tỷ lệ lấp đầy ghế trung bình "
                    "tăng từ 55% lên 70%; giảm rõ rệt vé bán lại giá cao; ít nhất 20% vé được bán cho "
                    "khách quốc tế qua kênh trực tuyến; báo cáo khán giả hằng tháng cho từng đơn vị."
                ),
                "offer": (
                    "Thí điểm tại năm nhà hát và bảo tàng, hỗ trợ kết nối ví điện tử và cổng thanh toán, "
                    "quảng bá trên các kênh du lịch của thành phố và kinh phí từ 200 đến 500 triệu đồng."
                ),
            },
        },
        "pilot_site": True,
        "data_access": False,
        "mentoring": False,
        "budget_min_vnd": 200_000_000,
        "budget_max_vnd": 500_000_000,
        "eligibility": {
            "stages": ["mvp", "early_revenue", "growth"],
            "min_trl": 6,
            "countries": ["VN"],
            "legal_entity_required": True,
            "max_applications_per_startup": None,
        },
        "languages": ["vi"],
        "shortlist_size": 6,
    },
    {
        "key": "river-safety",
        "owner": "construction",
        "state": "draft",
        "review_comment": (
            "Đề bài còn rộng. Xin nêu rõ bến thí điểm (ví dụ phà Bình Khánh hay bến tàu Bạch Đằng), loại "
            "camera và dữ liệu đang có, ngân sách dự kiến, và chỉ tiêu đo được cho phần kết quả mong đợi "
            "(thời gian phát hiện, thời gian phản ứng của lực lượng cứu hộ)."
        ),
        "sectors": ["smart_city", "ai"],
        "texts": {
            "vi": {
                "title": "An toàn sông nước tại bến phà và bến tàu khách",
                "statement": (
                    "Trên sông Sài Gòn, sông Đồng Nai và hệ thống kênh rạch của thành phố có hàng chục bến "
                    "phà, bến đò và bến tàu buýt đường sông, phục vụ hàng chục nghìn lượt khách mỗi ngày. "
                    "Tai nạn đuối nước vẫn xảy ra, nhất là với trẻ em tắm sông vào mùa hè và người đi đò "
                    "vào ban đêm. Lực lượng cứu hộ thường chỉ biết sự việc khi có người gọi điện báo, lúc "
                    "đó đã mất nhiều phút quý giá. Chúng tôi tìm giải pháp phát hiện sớm người rơi xuống "
                    "nước hoặc gặp nguy hiểm ở khu vực bến, cảnh báo ngay cho nhân viên bến và lực lượng "
                    "cứu hộ, và hỗ trợ đưa phao cứu sinh đến nạn nhân nhanh hơn. Giải pháp cũng có thể "
                    "giúp tuyên truyền kỹ năng an toàn sông nước cho học sinh sống ven sông, ven kênh."
                ),
                "context": (
                    "Sở Xây dựng quản lý các bến thủy nội địa và tuyến buýt đường sông của thành phố. Phà "
                    "và tàu buýt đường sông do nhiều doanh nghiệp khác nhau khai thác, mỗi nơi có đội ngũ "
                    "riêng. Nhiều bến đã có camera an ninh nhưng chưa ai theo dõi liên tục. Mùa hè năm "
                    "trước, thành phố ghi nhận nhiều vụ đuối nước ở trẻ em tại những đoạn sông không có "
                    "người trông coi. Thử thách đang được hoàn thiện cùng lực lượng cứu nạn cứu hộ và các "
                    "phường ven sông."
                ),
                "outcomes": (
                    "Phát hiện người rơi xuống nước tại các bến thí điểm; cảnh báo đến được nhân viên bến "
                    "và lực lượng cứu hộ; số liệu về sự cố và tình huống nguy hiểm để cải thiện an toàn "
                    "tại bến; học sinh các trường ven sông hiểu rõ hơn về an toàn sông nước."
                ),
                "offer": (
                    "Thí điểm tại một số bến phà và bến tàu khách, quyền truy cập camera an ninh hiện có, "
                    "chuyên gia cứu hộ đường thủy hướng dẫn và sự hỗ trợ của các phường ven sông để tuyên "
                    "truyền trong trường học."
                ),
            },
            "en": {
                "title": "River safety at ferry landings and waterbus stations",
                "statement": (
                    "Along the Saigon River, the Đồng Nai River and the city's canals there are dozens of "
                    "ferry landings, boat piers and river bus stations serving tens of thousands of "
                    "passengers a day. Drownings still happen, especially among children swimming in the "
                    "river in summer and passengers of small boats at night. Rescue teams usually learn of "
                    "an incident only when someone calls, by which time precious minutes have been lost. "
                    "We are looking for solutions that detect early a person falling into the water or in "
                    "danger around a landing, alert landing staff and rescue teams at once, and help get a "
                    "lifebuoy to the victim faster. Solutions may also help teach water safety skills to "
                    "pupils who live along the rivers and canals."
                ),
                "context": (
                    "The Department of Construction manages the city's inland waterway landings and river "
                    "bus routes. Ferries and river buses are run by several companies, each with its own "
                    "staff. Many landings already have security cameras, but nobody watches them "
                    "continuously. Last summer the city recorded several child drownings on stretches of "
                    "river where nobody was on watch. The challenge is being refined together with the "
                    "rescue services and the riverside wards."
                ),
                "outcomes": (
                    "Detection of people falling into the water at the pilot landings; alerts reaching "
                    "landing staff and rescue teams; data on incidents and dangerous situations to improve "
                    "safety at the landings; better awareness of water safety among pupils at riverside "
                    "schools."
                ),
                "offer": (
                    "A pilot at a few ferry landings and passenger piers, access to the existing security "
                    "cameras, guidance from waterway rescue experts, and support from the riverside wards "
                    "for outreach in schools."
                ),
            },
        },
        "pilot_site": True,
        "data_access": True,
        "mentoring": True,
        "budget_min_vnd": None,
        "budget_max_vnd": None,
        "eligibility": {
            "stages": [],
            "min_trl": None,
            "countries": [],
            "legal_entity_required": False,
            "max_applications_per_startup": None,
        },
        "languages": ["vi", "en"],
        "shortlist_size": 6,
    },
]
