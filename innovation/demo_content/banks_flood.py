"""What startups write in answer to the ward-level flood and king-tide early warning challenge."""

from __future__ import annotations

from innovation.demo_content.bank import Archetype, ChallengeBank

BANK = ChallengeBank(
    keywords={
        "vi": [
            "triều cường",
            "mưa lớn",
            "cảnh báo sớm",
            "ngập",
            "cảm biến mực nước",
            "Zalo",
            "dự báo",
            "phường",
        ],
        "en": [
            "king tide",
            "heavy rain",
            "early warning",
            "flooding",
            "water-level sensor",
            "Zalo",
            "forecast",
            "ward",
        ],
    },
    customers=("tỉnh, thành phố và công ty thoát nước", "provinces, cities and drainage utilities"),
    stems=["Tide", "Flood", "Rain", "Mưa", "Hydro", "Delta", "Levee", "Canal"],
    team_bg=[
        (
            "có bằng tiến sĩ thủy văn và 10 năm làm mô hình ngập đô thị",
            "holds a PhD in hydrology and has modelled urban flooding for ten years",
        ),
        (
            "từng làm dự báo viên tại một đài khí tượng thủy văn khu vực",
            "was a forecaster at a regional hydro-meteorological station",
        ),
        (
            "từng quản lý hệ thống cảnh báo thiên tai cho một tổ chức quốc tế",
            "managed disaster warning systems for an international organisation",
        ),
    ],
    strong=[
        Archetype(
            titles=[
                (
                    "Dự báo ngập từng tuyến đường bằng mô hình thủy lực kết hợp học máy",
                    (
                        "Street-by-street flood forecasts from a hydraulic model combined with machine "
                        "learning"
                    ),
                ),
                (
                    "Bản đồ ngập dự báo trước 6 giờ cho các quận ven sông",
                    "Six-hour flood forecast maps for riverside districts",
                ),
            ],
            pitches=[
                (
                    (
                        "{name} dự báo độ sâu và thời điểm ngập cho từng đoạn đường trước 2 đến 6 giờ, "
                        "bằng cách kết hợp dự báo triều, radar mưa và mô hình thủy lực hệ thống cống."
                    ),
                    (
                        "{name} forecasts flood depth and timing for each street segment 2 to 6 hours "
                        "ahead by combining tide forecasts, rain radar and a hydraulic model of the "
                        "drainage network."
                    ),
                ),
                (
                    (
                        "Chúng tôi xây dựng mô hình ngập đô thị chạy nhanh: mô hình thủy lực làm lõi, học "
                        "máy hiệu chỉnh theo cảm biến thực tế mỗi 15 phút."
                    ),
                    (
                        "We build fast urban flood models: a hydraulic core, corrected by machine learning "
                        "against real sensor readings every 15 minutes."
                    ),
                ),
            ],
            approach=[
                (
                    (
                        "Mô hình 1D–2D mô tả dòng chảy trong cống và trên mặt đường, với dữ liệu cao độ "
                        "địa hình độ phân giải 1 m."
                    ),
                    (
                        "A 1D–2D model describes flow in the drains and over the street surface, using 1 m "
                        "resolution elevation data."
                    ),
                ),
                (
                    (
                        "Đầu vào gồm dự báo triều tại Phú An và Nhà Bè, lượng mưa dự báo từ radar và lượng "
                        "xả dự kiến của hồ Dầu Tiếng, Trị An."
                    ),
                    (
                        "Inputs are tide forecasts at Phú An and Nhà Bè, radar rainfall nowcasts and the "
                        "planned releases of the Dầu Tiếng and Trị An reservoirs."
                    ),
                ),
                (
                    (
                        "Một mô hình học máy thay thế được huấn luyện trên hàng nghìn lần chạy mô hình "
                        "thủy lực, nên dự báo cho cả thành phố chỉ mất vài phút."
                    ),
                    (
                        "A machine-learning surrogate trained on thousands of hydraulic runs makes a "
                        "city-wide forecast take only minutes."
                    ),
                ),
                (
                    (
                        "Số đo từ 60 cảm biến mực nước được dùng để hiệu chỉnh dự báo liên tục; sai số độ "
                        "sâu ở thí điểm trước là {n_small} cm."
                    ),
                    (
                        "Readings from the 60 water-level sensors correct the forecast continuously; depth "
                        "error in our previous pilot was {n_small} cm."
                    ),
                ),
                (
                    (
                        "Mỗi dự báo có kèm độ tin cậy, để cơ quan quản lý biết khi nào nên phát cảnh báo "
                        "và khi nào chỉ nên theo dõi."
                    ),
                    (
                        "Every forecast comes with a confidence level, so the authorities know when to "
                        "warn and when only to watch."
                    ),
                ),
                (
                    (
                        "Kết quả xuất ra bản đồ độ sâu ngập theo từng khung 30 phút, dễ tích hợp vào hệ "
                        "thống bản đồ của thành phố."
                    ),
                    (
                        "Results are published as flood depth maps in 30-minute steps, easy to integrate "
                        "into the city's map systems."
                    ),
                ),
            ],
        ),
        Archetype(
            titles=[
                (
                    "Cảnh báo ngập đến từng người dân qua Zalo, SMS và loa phường",
                    "Flood warnings to every resident through Zalo, SMS and ward loudspeakers",
                ),
                (
                    "Đưa cảnh báo triều cường đến đúng người, đúng lúc",
                    "Getting king-tide warnings to the right people at the right time",
                ),
            ],
            pitches=[
                (
                    (
                        "{name} là nền tảng phát cảnh báo đa kênh theo vị trí: người dân đăng ký địa chỉ "
                        "và nhận cảnh báo ngập cho đúng con đường của mình qua Zalo, SMS hoặc loa phường."
                    ),
                    (
                        "{name} is a location-based, multi-channel warning platform: residents register "
                        "their address and receive flood warnings for their own street by Zalo, SMS or "
                        "ward loudspeaker."
                    ),
                ),
                (
                    (
                        "Chúng tôi biến dự báo kỹ thuật thành lời nhắn tiếng Việt dễ hiểu: con đường nào "
                        "sẽ ngập, sâu bao nhiêu, mấy giờ và nên đi đường nào."
                    ),
                    (
                        "We turn technical forecasts into plain Vietnamese messages: which street will "
                        "flood, how deep, at what time and which way to go instead."
                    ),
                ),
            ],
            approach=[
                (
                    (
                        "Người dân đăng ký qua Zalo OA của phường bằng cách chia sẻ vị trí nhà, nơi làm "
                        "việc hoặc trường học của con."
                    ),
                    (
                        "Residents sign up through the ward's Zalo Official Account by sharing the "
                        "location of their home, workplace or child's school."
                    ),
                ),
                (
                    (
                        "Nội dung cảnh báo được viết theo mẫu đã thử với người cao tuổi, dưới 60 chữ, kèm "
                        "bản đồ các tuyến nên tránh."
                    ),
                    (
                        "Warnings follow templates tested with older residents: under 60 words, with a map "
                        "of streets to avoid."
                    ),
                ),
                (
                    (
                        "Với người không dùng điện thoại thông minh, hệ thống gửi SMS và tự động phát bản "
                        "tin qua loa của khu phố."
                    ),
                    (
                        "For people without smartphones the system sends SMS and plays bulletins "
                        "automatically over neighbourhood loudspeakers."
                    ),
                ),
                (
                    (
                        "Người dân có thể gửi ảnh điểm ngập thực tế, giúp xác nhận dự báo và cập nhật bản "
                        "đồ cho cơ quan quản lý."
                    ),
                    (
                        "Residents can send photos of actual flooding, which confirms the forecast and "
                        "updates the authorities' map."
                    ),
                ),
                (
                    (
                        "Tỷ lệ người nhận mở tin cảnh báo trong thí điểm trước là {pct2}%, cao gấp nhiều "
                        "lần thông báo thông thường."
                    ),
                    (
                        "In our previous pilot {pct2}% of recipients opened the warning, many times more "
                        "than ordinary notices."
                    ),
                ),
            ],
        ),
        Archetype(
            titles=[
                (
                    "Mạng cảm biến mực nước giá rẻ và bản đồ ngập thời gian thực",
                    "Low-cost water-level sensors and a real-time flood map",
                ),
                (
                    "Cảm biến ngập chạy năng lượng mặt trời cho các điểm ngập thường xuyên",
                    "Solar-powered flood sensors for frequently flooded streets",
                ),
            ],
            pitches=[
                (
                    (
                        "{name} sản xuất cảm biến mực nước siêu âm chạy pin mặt trời, giá dưới 5 triệu "
                        "đồng, gửi dữ liệu mỗi phút về bản đồ ngập thời gian thực."
                    ),
                    (
                        "{name} makes solar-powered ultrasonic water-level sensors costing under 5 million "
                        "VND that report every minute to a real-time flood map."
                    ),
                ),
                (
                    (
                        "Chúng tôi giúp thành phố biết chính xác chỗ nào đang ngập, sâu bao nhiêu, để điều "
                        "máy bơm và phân luồng giao thông kịp thời."
                    ),
                    (
                        "We help cities know exactly where it is flooding and how deep, so that pumps and "
                        "traffic diversions are dispatched in time."
                    ),
                ),
            ],
            approach=[
                (
                    (
                        "Cảm biến gắn trên cột điện hoặc miệng cống, đo mực nước với sai số 1 cm và truyền "
                        "qua NB-IoT."
                    ),
                    (
                        "Sensors mount on poles or drain inlets, measure water level to 1 cm and transmit "
                        "over NB-IoT."
                    ),
                ),
                (
                    (
                        "Chúng tôi đề xuất bổ sung {n_mid} cảm biến tại các điểm còn trống giữa 60 cảm "
                        "biến hiện có để phủ đủ các tuyến thí điểm."
                    ),
                    (
                        "We propose adding {n_mid} sensors in the gaps between the 60 existing ones to "
                        "cover the pilot streets."
                    ),
                ),
                (
                    (
                        "Dữ liệu từ cảm biến cũ và mới được gom về một API chung, thay cho trang nội bộ "
                        "hiện nay."
                    ),
                    (
                        "Data from old and new sensors is gathered behind one common API, replacing "
                        "today's internal web page."
                    ),
                ),
                (
                    (
                        "Khi nước vượt ngưỡng, hệ thống báo ngay cho đội vận hành máy bơm và cống kiểm "
                        "soát triều gần nhất."
                    ),
                    (
                        "When water passes a threshold, the system alerts the crews running the nearest "
                        "pumps and tidal sluice gates."
                    ),
                ),
                (
                    (
                        "Một mô hình ngắn hạn dự báo mực nước 2 giờ tới tại từng cảm biến dựa trên triều "
                        "và mưa đang rơi."
                    ),
                    (
                        "A short-term model forecasts the water level two hours ahead at each sensor from "
                        "the tide and current rainfall."
                    ),
                ),
                (
                    (
                        "Chúng tôi đã lắp {n_big} cảm biến tại Cần Thơ và hai tỉnh miền Tây, vận hành liên "
                        "tục qua hai mùa mưa."
                    ),
                    (
                        "We have installed {n_big} sensors in Cần Thơ and two Mekong provinces, running "
                        "continuously through two rainy seasons."
                    ),
                ),
            ],
        ),
        Archetype(
            titles=[
                (
                    "Hỗ trợ vận hành máy bơm và cống kiểm soát triều dựa trên dự báo",
                    "Forecast-based operation of pumps and tidal sluice gates",
                ),
                (
                    "Điều hành chống ngập theo thời gian thực cho cơ quan quản lý",
                    "Real-time flood operations support for the authorities",
                ),
            ],
            pitches=[
                (
                    (
                        "{name} cung cấp bảng điều hành chống ngập cho cơ quan quản lý: điểm ngập thực tế, "
                        "dự báo vài giờ tới và đề xuất đóng mở cống, điều máy bơm."
                    ),
                    (
                        "{name} provides a flood operations dashboard for the authorities: actual "
                        "flooding, a forecast for the next hours and recommendations for sluice gates and "
                        "pumps."
                    ),
                ),
                (
                    (
                        "Chúng tôi giúp đội vận hành quyết định sớm hơn: đóng cống kiểm soát triều lúc "
                        "nào, đưa máy bơm di động đến đâu."
                    ),
                    (
                        "We help operators decide earlier: when to close the tidal sluice gates and where "
                        "to send mobile pumps."
                    ),
                ),
            ],
            approach=[
                (
                    (
                        "Mô hình tối ưu đề xuất lịch đóng mở cống dựa trên dự báo triều và mưa, trong giới "
                        "hạn vận hành do kỹ sư đặt."
                    ),
                    (
                        "An optimisation model proposes gate schedules from tide and rain forecasts, "
                        "within operating limits set by engineers."
                    ),
                ),
                (
                    (
                        "Bảng điều hành hiển thị vị trí máy bơm di động, xe cứu hộ và các tuyến đường đang "
                        "cần phân luồng."
                    ),
                    (
                        "The dashboard shows mobile pumps, rescue vehicles and the streets that need "
                        "traffic diversion."
                    ),
                ),
                (
                    (
                        "Dữ liệu được chia sẻ cho lực lượng giao thông để phân luồng trước khi nước lên, "
                        "thay vì sau khi xe đã chết máy."
                    ),
                    (
                        "Data is shared with traffic police so that diversions start before the water "
                        "rises, not after vehicles have stalled."
                    ),
                ),
                (
                    (
                        "Sau mỗi đợt triều cường, hệ thống tự tạo báo cáo so sánh dự báo với thực tế để "
                        "cải thiện lần sau."
                    ),
                    (
                        "After each king-tide episode the system produces a report comparing forecast and "
                        "reality to improve the next one."
                    ),
                ),
                (
                    (
                        "Ở thí điểm tại một đô thị ven biển, thời gian ngập trên các tuyến chính giảm "
                        "{pct}% nhờ đóng cống sớm hơn."
                    ),
                    (
                        "In a pilot in a coastal city, flooding time on main streets fell by {pct}% thanks "
                        "to earlier gate closures."
                    ),
                ),
            ],
        ),
    ],
    local=[
        (
            (
                "Chúng tôi đã đối chiếu số liệu triều tại trạm Phú An với các điểm ngập được báo chí đưa "
                "tin trong ba mùa mưa gần nhất."
            ),
            (
                "We have matched tide records at Phú An station against flood spots reported in the press "
                "over the last three rainy seasons."
            ),
        ),
        (
            (
                "Những tuyến như Nguyễn Hữu Cảnh, Huỳnh Tấn Phát hay đường ven kênh Tàu Hũ ngập theo cơ "
                "chế khác nhau, nên mô hình phải tách riêng triều và mưa."
            ),
            (
                "Streets such as Nguyễn Hữu Cảnh, Huỳnh Tấn Phát or the banks of the Tàu Hũ canal flood "
                "for different reasons, so the model must separate tide from rain."
            ),
        ),
        (
            (
                "Khi triều cường đạt đỉnh vào chiều tối, đúng giờ tan tầm, một cảnh báo trước hai giờ giúp "
                "hàng nghìn người chọn đường khác."
            ),
            (
                "When a king tide peaks in the early evening, right at rush hour, a two-hour warning lets "
                "thousands of people choose another route."
            ),
        ),
        (
            (
                "Người dân ở Bình Thạnh và Quận 8 đã quen đọc tin trên Zalo hơn là xem trang web của cơ "
                "quan nhà nước."
            ),
            (
                "Residents of Bình Thạnh and District 8 are used to reading news on Zalo far more than on "
                "government websites."
            ),
        ),
        (
            (
                "Lượng xả của hồ Dầu Tiếng và Trị An trong mùa lũ có thể làm mực nước sông Sài Gòn dâng "
                "thêm, và mô hình của chúng tôi đã tính đến điều đó."
            ),
            (
                "Water let out of the Dầu Tiếng and Trị An reservoirs in the flood season can raise the "
                "Saigon River further, and our model accounts for this."
            ),
        ),
        (
            (
                "Chúng tôi hiểu rằng nhiều điểm ngập ở TP. Thủ Đức do nước dâng từ cống khi triều cao, chứ "
                "không chỉ do mưa."
            ),
            (
                "We know that many flood spots in Thủ Đức City are caused by water rising from the drains "
                "at high tide, not only by rain."
            ),
        ),
    ],
    fit=[
        (
            (
                "Thử thách cần dự báo cho từng tuyến đường trước 2 đến 6 giờ, và đó chính là đầu ra của hệ "
                "thống chúng tôi."
            ),
            (
                "The challenge asks for street-level forecasts 2 to 6 hours ahead, which is exactly what "
                "our system delivers."
            ),
        ),
        (
            "Chúng tôi dùng được ngay 60 cảm biến mực nước thành phố đã lắp, không bắt đầu lại từ đầu.",
            (
                "We can use the city's 60 existing water-level sensors right away instead of starting from "
                "scratch."
            ),
        ),
        (
            (
                "Cảnh báo bằng tiếng Việt dễ hiểu qua Zalo và SMS là yêu cầu của thử thách và là phần "
                "chúng tôi đã thử với người dân."
            ),
            (
                "Plain-Vietnamese warnings through Zalo and SMS are what the challenge asks for and what "
                "we have already tested with residents."
            ),
        ),
        (
            (
                "Hệ thống phục vụ cả hai nhóm: người dân cần biết tránh đường nào, cơ quan quản lý cần "
                "biết điều máy bơm đến đâu."
            ),
            (
                "The system serves both groups: residents need to know which streets to avoid, the "
                "authorities where to send pumps."
            ),
        ),
        (
            "Chỉ tiêu sai số độ sâu dưới 10 cm phù hợp với kết quả đo được ở các thí điểm của chúng tôi.",
            "The under-10 cm depth error target matches what we measured in our pilots.",
        ),
        (
            "Giải pháp chạy được trên hạ tầng của thành phố và dữ liệu không rời khỏi Việt Nam.",
            "The solution runs on the city's infrastructure and the data never leaves Vietnam.",
        ),
    ],
    pilot=[
        (
            (
                "Tháng đầu: thu thập dữ liệu triều, mưa và cảm biến, dựng mô hình cho 3 phường thí điểm "
                "ven sông Sài Gòn."
            ),
            (
                "Month one: collect tide, rain and sensor data and build the model for 3 pilot wards along "
                "the Saigon River."
            ),
        ),
        (
            (
                "Từ tuần thứ {weeks}, hệ thống chạy dự báo thử song song với bản tin hiện nay để so sánh "
                "độ chính xác."
            ),
            (
                "From week {weeks}, the system runs trial forecasts alongside today's bulletins so that "
                "accuracy can be compared."
            ),
        ),
        (
            (
                "Kênh Zalo và SMS được mở cho người dân đăng ký khi độ chính xác đạt ngưỡng đã thống nhất "
                "với Sở."
            ),
            (
                "Zalo and SMS sign-ups open to residents once accuracy reaches the threshold agreed with "
                "the Department."
            ),
        ),
        (
            "Mỗi đợt triều cường trong mùa thí điểm đều có báo cáo đánh giá gửi Sở trong vòng 48 giờ.",
            (
                "Every king-tide episode during the pilot gets an evaluation report to the Department "
                "within 48 hours."
            ),
        ),
        (
            "Sau {months} tháng, chúng tôi đề xuất mở rộng sang các phường ở Nhà Bè và Quận 7 cũ.",
            "After {months} months we propose extending to wards in Nhà Bè and the former District 7.",
        ),
        (
            (
                "Chúng tôi tổ chức {n_small} buổi hướng dẫn cho cán bộ phường và tổ dân phố về cách đọc và "
                "truyền đạt cảnh báo."
            ),
            (
                "We run {n_small} sessions for ward officials and neighbourhood groups on reading and "
                "passing on warnings."
            ),
        ),
    ],
    weak=[
        Archetype(
            titles=[
                (
                    "Ứng dụng thời tiết cá nhân hóa cho người Việt",
                    "Personalised weather app for Vietnamese users",
                ),
                ("Dự báo thời tiết theo giờ cho từng quận", "Hourly weather forecasts by district"),
            ],
            pitches=[
                (
                    (
                        "{name} là ứng dụng thời tiết cho người Việt, dự báo mưa, nắng, nhiệt độ theo giờ "
                        "và gửi nhắc nhở mang áo mưa."
                    ),
                    (
                        "{name} is a weather app for Vietnamese users with hourly rain, sun and "
                        "temperature forecasts and reminders to bring a raincoat."
                    ),
                ),
            ],
            approach=[
                (
                    "Dữ liệu lấy từ các mô hình thời tiết quốc tế và hiệu chỉnh theo trạm.",
                    "Data comes from international weather models, corrected against stations.",
                ),
                (
                    "Ứng dụng có hơn {n_big} nghìn người dùng ở TP.HCM.",
                    "The app has more than {n_big} thousand users in Ho Chi Minh City.",
                ),
                (
                    "Chúng tôi có thể thêm thông báo triều cường từ bản tin chính thức.",
                    "We could add king-tide notices taken from official bulletins.",
                ),
                (
                    "Dự báo ngập cho từng tuyến đường chưa có trong sản phẩm.",
                    "Street-level flood forecasts are not part of the product yet.",
                ),
            ],
        ),
        Archetype(
            titles=[
                (
                    "Nền tảng IoT giám sát môi trường đô thị",
                    "IoT platform for urban environmental monitoring",
                ),
                ("Quan trắc chất lượng không khí và tiếng ồn", "Air quality and noise monitoring"),
            ],
            pitches=[
                (
                    (
                        "{name} cung cấp trạm quan trắc bụi mịn, nhiệt độ, độ ẩm và tiếng ồn cho khu đô "
                        "thị và khu công nghiệp."
                    ),
                    (
                        "{name} supplies stations that monitor fine dust, temperature, humidity and noise "
                        "for urban areas and industrial parks."
                    ),
                ),
            ],
            approach=[
                (
                    "Trạm gửi dữ liệu mỗi 5 phút lên nền tảng đám mây.",
                    "Stations send data every 5 minutes to a cloud platform.",
                ),
                (
                    "Bảng điều khiển hiển thị chỉ số môi trường theo bản đồ.",
                    "A dashboard shows environmental indicators on a map.",
                ),
                (
                    "Chúng tôi có thể gắn thêm cảm biến mưa vào trạm.",
                    "We could add a rain gauge to the station.",
                ),
                (
                    "Nền tảng hỗ trợ cảnh báo khi chỉ số vượt ngưỡng.",
                    "The platform can alert when an indicator crosses a threshold.",
                ),
            ],
        ),
        Archetype(
            titles=[
                (
                    "Phần mềm quản lý sự cố và phản ánh của người dân",
                    "Incident and citizen feedback management software",
                ),
                (
                    "Tiếp nhận phản ánh hiện trường cho chính quyền phường",
                    "Field reports for ward authorities",
                ),
            ],
            pitches=[
                (
                    (
                        "{name} giúp chính quyền phường tiếp nhận và xử lý phản ánh của người dân về hạ "
                        "tầng, vệ sinh và trật tự đô thị."
                    ),
                    (
                        "{name} helps ward authorities receive and handle residents' reports about "
                        "infrastructure, sanitation and public order."
                    ),
                ),
            ],
            approach=[
                (
                    "Người dân gửi ảnh và vị trí qua ứng dụng hoặc Zalo.",
                    "Residents send a photo and location through the app or Zalo.",
                ),
                (
                    "Phản ánh được chuyển đến đúng bộ phận và theo dõi tiến độ xử lý.",
                    "Reports are routed to the right team and tracked until resolved.",
                ),
                (
                    "Phản ánh về ngập nước có thể được gom lại thành bản đồ.",
                    "Reports about flooding could be gathered into a map.",
                ),
                ("Chúng tôi không làm mô hình dự báo.", "We do not build forecasting models."),
            ],
        ),
    ],
    weak_fit=[
        (
            "Sản phẩm đáp ứng một phần thử thách, chủ yếu ở khâu đưa thông tin đến người dân.",
            "The product answers part of the challenge, mainly getting information to residents.",
        ),
        (
            "Để dự báo mức ngập ở từng con đường, chúng tôi cần hợp tác với một nhóm chuyên về thủy văn.",
            "To forecast flooding street by street we would need to partner with a hydrology team.",
        ),
        (
            "Dữ liệu của chúng tôi có thể bổ sung cho hệ thống cảnh báo mà thành phố đang tìm kiếm.",
            "Our data could complement the warning system the city is looking for.",
        ),
    ],
)
