"""What startups write in answer to the adaptive traffic signal challenge (Cộng Hòa – Trường Chinh)."""

from __future__ import annotations

from innovation.demo_content.bank import Archetype, ChallengeBank

BANK = ChallengeBank(
    keywords={
        "vi": [
            "đèn tín hiệu",
            "điều khiển thích ứng",
            "nút giao",
            "làn sóng xanh",
            "hàng chờ",
            "xe máy",
            "camera",
            "ùn tắc",
        ],
        "en": [
            "traffic signal",
            "adaptive control",
            "intersection",
            "green wave",
            "queue length",
            "motorbike",
            "camera",
            "congestion",
        ],
    },
    customers=("thành phố và đơn vị quản lý giao thông", "cities and traffic authorities"),
    stems=["Signal", "Junction", "Green", "Phase", "Lane", "Cross", "Urban", "Moto"],
    team_bg=[
        (
            "có 11 năm làm kỹ sư giao thông tại một viện quy hoạch",
            "spent eleven years as a traffic engineer at a planning institute",
        ),
        ("có bằng tiến sĩ về điều khiển giao thông", "holds a PhD in traffic control"),
        (
            "từng lập trình bộ điều khiển đèn cho một hãng thiết bị",
            "programmed signal controllers for an equipment vendor",
        ),
    ],
    strong=[
        Archetype(
            titles=[
                (
                    "Điều khiển đèn thích ứng theo hàng chờ xe máy đo từ camera sẵn có",
                    "Adaptive signals driven by motorbike queues measured from existing cameras",
                ),
                (
                    "Pha đèn tự điều chỉnh cho giao thông hỗn hợp xe máy – ô tô",
                    "Self-adjusting signal phases for mixed motorbike and car traffic",
                ),
            ],
            pitches=[
                (
                    (
                        "{name} đo chiều dài hàng chờ và lưu lượng xe máy, ô tô, xe buýt từ camera đã lắp "
                        "tại nút giao, rồi điều chỉnh thời gian xanh theo từng chu kỳ."
                    ),
                    (
                        "{name} measures queue lengths and flows of motorbikes, cars and buses from "
                        "cameras already installed at intersections, then adjusts green times cycle by "
                        "cycle."
                    ),
                ),
                (
                    (
                        "Chúng tôi phát triển bộ điều khiển đèn thích ứng được huấn luyện cho giao thông "
                        "hỗn hợp có tới 85% là xe máy, điều mà các hệ thống nhập khẩu chưa làm tốt."
                    ),
                    (
                        "We build adaptive signal control trained for mixed traffic that is up to 85% "
                        "motorbikes, something imported systems do not handle well."
                    ),
                ),
            ],
            approach=[
                (
                    (
                        "Mô hình thị giác máy tính không đếm xe theo làn mà ước lượng mật độ chiếm dụng "
                        "mặt đường, vì xe máy ở Việt Nam không đi theo làn."
                    ),
                    (
                        "Our vision model does not count vehicles per lane; it estimates road occupancy "
                        "density, because motorbikes in Vietnam do not keep to lanes."
                    ),
                ),
                (
                    (
                        "Mỗi 5 giây, hệ thống cập nhật chiều dài hàng chờ ở mọi hướng vào nút và dự báo "
                        "lưu lượng của chu kỳ tiếp theo."
                    ),
                    (
                        "Every 5 seconds the system updates the queue length on each approach and "
                        "forecasts the flow of the next cycle."
                    ),
                ),
                (
                    (
                        "Thuật toán tối ưu phân bổ thời gian xanh giữa các pha trong giới hạn an toàn do "
                        "kỹ sư đặt, không bao giờ rút ngắn thời gian cho người đi bộ."
                    ),
                    (
                        "The optimiser splits green time between phases within safety limits set by "
                        "engineers, and never shortens pedestrian crossing time."
                    ),
                ),
                (
                    (
                        "Camera hiện có được đọc qua luồng RTSP; chỉ khi góc quay không đủ chúng tôi mới "
                        "đề xuất lắp thêm cảm biến radar."
                    ),
                    (
                        "Existing cameras are read through their RTSP streams; we only propose adding "
                        "radar sensors where a camera angle is not enough."
                    ),
                ),
                (
                    (
                        "Ở thành phố thí điểm, thời gian chờ trung bình tại 9 nút giảm {pct}% mà không cần "
                        "thay bộ điều khiển."
                    ),
                    (
                        "In our pilot city, average delay at 9 intersections fell by {pct}% without "
                        "replacing the controllers."
                    ),
                ),
                (
                    (
                        "Mô hình được huấn luyện trên hơn {n_big} giờ video giao thông quay ở TP.HCM, Hà "
                        "Nội và Đà Nẵng, cả ngày mưa và ban đêm."
                    ),
                    (
                        "The model is trained on more than {n_big} hours of traffic video from Ho Chi Minh "
                        "City, Hanoi and Da Nang, including rain and night."
                    ),
                ),
            ],
        ),
        Archetype(
            titles=[
                (
                    "Phối hợp làn sóng xanh cho cả trục 12 nút giao",
                    "Coordinated green waves along a 12-intersection corridor",
                ),
                (
                    "Tối ưu cả trục Cộng Hòa – Trường Chinh thay vì từng nút riêng lẻ",
                    (
                        "Optimising the whole Cộng Hòa – Trường Chinh corridor rather than single "
                        "intersections"
                    ),
                ),
            ],
            pitches=[
                (
                    (
                        "{name} tối ưu đèn tín hiệu theo cả trục đường: độ lệch pha giữa các nút liền kề "
                        "được tính lại liên tục để tạo làn sóng xanh theo hướng đang đông."
                    ),
                    (
                        "{name} optimises signals along whole corridors: offsets between neighbouring "
                        "intersections are recomputed continuously to create a green wave in the busy "
                        "direction."
                    ),
                ),
                (
                    (
                        "Chúng tôi dùng học tăng cường đa tác tử, mỗi nút giao là một tác tử nhưng cùng "
                        "tối ưu thời gian đi hết trục."
                    ),
                    (
                        "We use multi-agent reinforcement learning: each intersection is an agent, but all "
                        "of them optimise travel time along the corridor."
                    ),
                ),
            ],
            approach=[
                (
                    (
                        "Trước khi chạm vào đèn thật, chúng tôi dựng bản sao số của trục đường bằng mô "
                        "phỏng vi mô và hiệu chỉnh với dữ liệu đếm xe lịch sử."
                    ),
                    (
                        "Before touching a real signal, we build a digital twin of the corridor in a "
                        "microsimulation calibrated with historical counts."
                    ),
                ),
                (
                    (
                        "Chính sách điều khiển được huấn luyện trong mô phỏng với hàng nghìn kịch bản mưa, "
                        "tai nạn và giờ cao điểm sân bay, rồi mới chuyển sang thực tế."
                    ),
                    (
                        "The control policy is trained in simulation on thousands of scenarios with rain, "
                        "crashes and airport peaks before it moves to the street."
                    ),
                ),
                (
                    (
                        "Làn sóng xanh đổi hướng theo thời gian thực: buổi sáng ưu tiên hướng vào trung "
                        "tâm, chiều tối ưu tiên hướng ra và dòng xe từ sân bay."
                    ),
                    (
                        "The green wave changes direction in real time: inbound in the morning, outbound "
                        "and airport traffic in the evening."
                    ),
                ),
                (
                    (
                        "Khi một nút mất kết nối, các nút còn lại tự tính lại phối hợp và nút đó quay về "
                        "chu kỳ cố định an toàn."
                    ),
                    (
                        "When one intersection loses its link, the others recompute their coordination and "
                        "that intersection falls back to a safe fixed cycle."
                    ),
                ),
                (
                    (
                        "Trên một trục 8 nút ở Đà Nẵng, thời gian đi hết trục giờ cao điểm giảm {pct}% sau "
                        "ba tháng."
                    ),
                    (
                        "On an 8-intersection corridor in Da Nang, peak-hour corridor travel time fell by "
                        "{pct}% after three months."
                    ),
                ),
                (
                    (
                        "Kỹ sư có thể khóa một nút, đặt kịch bản riêng cho sự kiện lớn hoặc trả quyền điều "
                        "khiển về Trung tâm bất cứ lúc nào."
                    ),
                    (
                        "Engineers can lock an intersection, set a special plan for a large event or hand "
                        "control back to the Centre at any time."
                    ),
                ),
            ],
        ),
        Archetype(
            titles=[
                (
                    "Ưu tiên xe buýt trễ giờ và an toàn người đi bộ tại nút giao",
                    "Priority for late buses and safety for pedestrians at intersections",
                ),
                ("Đèn tín hiệu biết xe buýt nào đang trễ", "Signals that know which bus is running late"),
            ],
            pitches=[
                (
                    (
                        "{name} kết nối vị trí GPS của xe buýt với bộ điều khiển đèn để kéo dài pha xanh "
                        "cho xe đang trễ giờ, đồng thời bảo vệ thời gian qua đường của người đi bộ."
                    ),
                    (
                        "{name} links bus GPS positions to signal controllers to extend the green for "
                        "buses running late, while protecting pedestrians' crossing time."
                    ),
                ),
                (
                    (
                        "Chúng tôi làm phần mềm ưu tiên giao thông công cộng có điều kiện: chỉ xe buýt trễ "
                        "lịch mới được ưu tiên, để không làm rối cả nút."
                    ),
                    (
                        "We make conditional public transport priority software: only buses behind "
                        "schedule get priority, so the intersection is not disrupted."
                    ),
                ),
            ],
            approach=[
                (
                    (
                        "Dữ liệu GPS của các tuyến xe buýt được so với lịch chạy để biết xe nào trễ hơn "
                        "{n_small} phút."
                    ),
                    (
                        "Bus GPS data is compared with timetables to find which buses are more than "
                        "{n_small} minutes late."
                    ),
                ),
                (
                    (
                        "Khi xe buýt trễ cách nút khoảng 150 m, hệ thống gửi yêu cầu kéo dài pha xanh hoặc "
                        "rút ngắn pha đỏ, trong giới hạn kỹ sư đặt."
                    ),
                    (
                        "When a late bus is about 150 m from the intersection, the system requests a green "
                        "extension or an early green, within limits set by engineers."
                    ),
                ),
                (
                    (
                        "Camera nhận biết người đi bộ còn trên vạch qua đường và giữ pha đỏ cho xe thêm "
                        "vài giây khi cần, nhất là với người già và trẻ em."
                    ),
                    (
                        "Cameras detect pedestrians still on the crossing and hold the red for vehicles a "
                        "few seconds longer when needed, especially for the elderly and children."
                    ),
                ),
                (
                    (
                        "Báo cáo hằng tuần cho thấy số lần ưu tiên, số phút xe buýt lấy lại được và ảnh "
                        "hưởng đến hướng giao cắt."
                    ),
                    (
                        "A weekly report shows the number of priority calls, the minutes buses recovered "
                        "and the effect on cross traffic."
                    ),
                ),
                (
                    (
                        "Trong thí điểm với {n_small} tuyến xe buýt, tỷ lệ chuyến đúng giờ tăng từ {pct2}% "
                        "lên hơn 80%."
                    ),
                    "In a pilot with {n_small} bus routes, on-time trips rose from {pct2}% to more than 80%.",
                ),
            ],
        ),
        Archetype(
            titles=[
                (
                    "Cổng kết nối đa hãng cho bộ điều khiển đèn và bảng giám sát cho Trung tâm",
                    (
                        "A multi-vendor gateway for signal controllers and a monitoring dashboard for the "
                        "Centre"
                    ),
                ),
                (
                    "Một lớp điều khiển chung cho bộ điều khiển đèn của nhiều hãng",
                    "One control layer over signal controllers from many vendors",
                ),
            ],
            pitches=[
                (
                    (
                        "{name} làm thiết bị cổng kết nối giúp các bộ điều khiển đèn của nhiều hãng nhận "
                        "lệnh từ một nền tảng điều khiển thích ứng chung."
                    ),
                    (
                        "{name} makes gateway devices that let signal controllers from different vendors "
                        "take commands from one common adaptive control platform."
                    ),
                ),
                (
                    (
                        "Chúng tôi giải quyết phần khó nhất khi triển khai đèn thích ứng ở Việt Nam: mỗi "
                        "nút giao một hãng, mỗi hãng một giao thức."
                    ),
                    (
                        "We solve the hardest part of deploying adaptive signals in Vietnam: every "
                        "intersection has a different vendor, every vendor a different protocol."
                    ),
                ),
            ],
            approach=[
                (
                    (
                        "Cổng kết nối hỗ trợ NTCIP và giao thức riêng của {n_small} hãng bộ điều khiển phổ "
                        "biến tại Việt Nam."
                    ),
                    (
                        "The gateway supports NTCIP and the proprietary protocols of {n_small} controller "
                        "brands common in Vietnam."
                    ),
                ),
                (
                    (
                        "Thiết bị giám sát trạng thái đèn, xung đột pha và lỗi bóng đèn, gửi cảnh báo về "
                        "Trung tâm trong vài giây."
                    ),
                    (
                        "The device monitors signal states, phase conflicts and lamp failures and alerts "
                        "the Centre within seconds."
                    ),
                ),
                (
                    (
                        "Nếu đứt liên lạc, cổng tự trả bộ điều khiển về kịch bản đèn đã lưu sẵn, đúng yêu "
                        "cầu an toàn của thử thách."
                    ),
                    (
                        "If the link drops, the gateway returns the controller to its stored fixed plan, "
                        "as the challenge's safety requirement asks."
                    ),
                ),
                (
                    (
                        "Bảng giám sát cho kỹ sư hiển thị thời gian chờ, chiều dài hàng chờ và số lần can "
                        "thiệp thủ công của từng nút."
                    ),
                    (
                        "The engineers' dashboard shows delay, queue length and manual interventions for "
                        "each intersection."
                    ),
                ),
                (
                    "Nền tảng mở cho phép thay thuật toán điều khiển khác mà không thay phần cứng ở nút.",
                    (
                        "The open platform lets the city swap in another control algorithm without "
                        "changing any hardware at the intersection."
                    ),
                ),
                (
                    (
                        "Chúng tôi đã kết nối {n_mid} nút giao của ba hãng khác nhau trong một dự án khu "
                        "đô thị mới."
                    ),
                    (
                        "We have connected {n_mid} intersections from three different vendors in a new "
                        "urban area project."
                    ),
                ),
            ],
        ),
    ],
    local=[
        (
            (
                "Chúng tôi đã quay video thử ở nút Cộng Hòa – Hoàng Hoa Thám vào giờ cao điểm chiều để "
                "kiểm tra mô hình với dòng xe máy thực tế."
            ),
            (
                "We filmed the Cộng Hòa – Hoàng Hoa Thám intersection in the evening peak to test our "
                "model on real motorbike flows."
            ),
        ),
        (
            (
                "Dòng xe ra vào sân bay Tân Sơn Nhất thay đổi theo lịch bay, nên chúng tôi đưa dữ liệu "
                "chuyến bay đến vào mô hình dự báo."
            ),
            (
                "Traffic to and from Tân Sơn Nhất airport follows the flight schedule, so we feed arrival "
                "times into the forecast."
            ),
        ),
        (
            (
                "Những cơn mưa chiều ở TP.HCM làm lưu lượng đổi rất nhanh; đây là lúc chu kỳ cố định kém "
                "hiệu quả nhất và là nơi giải pháp tạo khác biệt."
            ),
            (
                "Afternoon downpours in Ho Chi Minh City change flows very quickly; this is when fixed "
                "cycles fail most and where the solution makes the difference."
            ),
        ),
        (
            (
                "Ở Việt Nam, xe máy dồn lên vạch dừng và tràn sang làn ô tô khi đèn đỏ, nên số liệu đếm "
                "theo làn không phản ánh đúng hàng chờ."
            ),
            (
                "In Vietnam motorbikes crowd the stop line and spill into car lanes at red, so lane counts "
                "do not reflect the real queue."
            ),
        ),
        (
            (
                "Chúng tôi đã trao đổi với kỹ sư của Trung tâm điều hành giao thông về cách truy cập luồng "
                "camera hiện có."
            ),
            (
                "We have talked with engineers of the Urban Traffic Management and Operations Centre about "
                "access to the existing camera streams."
            ),
        ),
        (
            (
                "Đoạn Trường Chinh gần ngã tư Bảy Hiền là nơi hàng chờ dài nhất và sẽ là nút đầu tiên "
                "chúng tôi theo dõi."
            ),
            (
                "The stretch of Trường Chinh near the Bảy Hiền junction has the longest queues and will be "
                "the first intersection we watch."
            ),
        ),
    ],
    fit=[
        (
            "Thử thách yêu cầu dùng camera sẵn có, và đó đúng là cách sản phẩm của chúng tôi vận hành.",
            "The challenge asks to use the existing cameras, which is exactly how our product works.",
        ),
        (
            (
                "Chúng tôi đáp ứng yêu cầu an toàn: nút nào đứt liên lạc sẽ tự chuyển sang kịch bản đèn cố "
                "định, và kỹ sư luôn có quyền can thiệp bằng tay."
            ),
            (
                "We meet the safety requirement: every intersection falls back to its fixed cycle when the "
                "link is lost, and engineers can always take manual control."
            ),
        ),
        (
            "Mục tiêu giảm 15% thời gian đi hết trục thấp hơn mức chúng tôi đã đạt ở các thí điểm trước.",
            "The 15% travel-time target is below what we achieved in earlier pilots.",
        ),
        (
            (
                "Giải pháp được thiết kế cho giao thông nhiều xe máy, nên phù hợp với TP.HCM hơn các hệ "
                "thống dựa trên vòng từ và làn xe."
            ),
            (
                "The solution is built for motorbike-heavy traffic, so it suits Ho Chi Minh City better "
                "than systems based on loops and lanes."
            ),
        ),
        (
            (
                "Sản phẩm tương thích với bộ điều khiển đèn của nhiều nhà sản xuất, điều kiện bắt buộc của "
                "trục 12 nút này."
            ),
            (
                "The product is compatible with signal controllers from many manufacturers, which this "
                "12-intersection corridor requires."
            ),
        ),
        (
            "Bảng theo dõi hiệu quả từng nút mà thử thách yêu cầu đã có sẵn trong sản phẩm.",
            (
                "The per-intersection performance dashboard the challenge asks for is already part of our "
                "product."
            ),
        ),
    ],
    pilot=[
        (
            (
                "Tuần 1–{weeks}: kết nối luồng camera, hiệu chỉnh mô hình và chạy ở chế độ chỉ quan sát, "
                "chưa điều khiển đèn."
            ),
            (
                "Weeks 1–{weeks}: connect camera streams, calibrate the model and run in observe-only mode "
                "without controlling signals."
            ),
        ),
        (
            (
                "Tiếp theo, chúng tôi điều khiển {n_small} nút giao ngoài giờ cao điểm, rồi mới mở rộng "
                "sang cả trục và giờ cao điểm."
            ),
            (
                "Next, we control {n_small} intersections off-peak, then extend to the whole corridor and "
                "the peak hours."
            ),
        ),
        (
            (
                "Các chỉ số được so với tuần cùng kỳ chạy chu kỳ cố định: thời gian đi hết trục, chiều dài "
                "hàng chờ, độ đúng giờ của xe buýt và số vụ va chạm."
            ),
            (
                "Metrics are compared with matching weeks under fixed cycles: corridor travel time, queue "
                "length, bus punctuality and collisions."
            ),
        ),
        (
            "Kỹ sư của chúng tôi trực cùng Trung tâm trong giờ cao điểm suốt tháng đầu vận hành.",
            (
                "Our engineers sit with the Centre's staff during peak hours throughout the first month of "
                "operation."
            ),
        ),
        (
            "Sau {months} tháng, báo cáo đánh giá độc lập được gửi Sở Xây dựng kèm đề xuất nhân rộng.",
            (
                "After {months} months, an independent evaluation report goes to the Department of "
                "Construction with a proposal to scale up."
            ),
        ),
        (
            (
                "Nếu một chỉ số an toàn xấu đi, nút đó quay về chu kỳ cũ ngay trong ngày để phân tích "
                "nguyên nhân."
            ),
            (
                "If a safety indicator worsens, that intersection returns to its old cycle the same day "
                "while we analyse the cause."
            ),
        ),
    ],
    weak=[
        Archetype(
            titles=[
                (
                    "Ứng dụng bản đồ giao thông và cảnh báo kẹt xe cho tài xế",
                    "Traffic map and jam alert app for drivers",
                ),
                (
                    "Dẫn đường tránh kẹt xe cho người đi xe máy",
                    "Jam-avoiding navigation for motorbike riders",
                ),
            ],
            pitches=[
                (
                    (
                        "{name} là ứng dụng dẫn đường cảnh báo kẹt xe theo thời gian thực dựa trên dữ liệu "
                        "từ cộng đồng người lái xe."
                    ),
                    (
                        "{name} is a navigation app that warns of traffic jams in real time using data "
                        "from its community of drivers."
                    ),
                ),
            ],
            approach=[
                (
                    "Người dùng báo kẹt xe, ngập, tai nạn chỉ với một chạm.",
                    "Users report jams, floods and crashes with one tap.",
                ),
                (
                    "Ứng dụng gợi ý đường vòng khi phát hiện ùn tắc phía trước.",
                    "The app suggests detours when it detects congestion ahead.",
                ),
                (
                    "Dữ liệu tốc độ di chuyển của người dùng có thể chia sẻ cho cơ quan quản lý.",
                    "Users' travel speed data could be shared with the authorities.",
                ),
                (
                    (
                        "Chúng tôi chưa kết nối với đèn tín hiệu nhưng có thể cung cấp số liệu tốc độ trên "
                        "trục đường."
                    ),
                    (
                        "We are not connected to traffic signals, but we could supply speed data along the "
                        "corridor."
                    ),
                ),
            ],
        ),
        Archetype(
            titles=[
                ("Camera AI phát hiện vi phạm giao thông", "AI cameras for traffic violation detection"),
                (
                    "Phạt nguội tự động bằng camera thông minh",
                    "Automated traffic enforcement with smart cameras",
                ),
            ],
            pitches=[
                (
                    (
                        "{name} cung cấp camera AI phát hiện vượt đèn đỏ, đi sai làn và không đội mũ bảo "
                        "hiểm để phục vụ xử phạt."
                    ),
                    (
                        "{name} supplies AI cameras that detect red-light running, wrong-lane driving and "
                        "riders without helmets for enforcement."
                    ),
                ),
            ],
            approach=[
                (
                    "Hệ thống đọc biển số xe máy và ô tô với độ chính xác cao cả ban đêm.",
                    "The system reads motorbike and car plates accurately even at night.",
                ),
                (
                    "Hình ảnh vi phạm được đóng gói thành hồ sơ gửi cơ quan chức năng.",
                    "Violation images are packaged into files for the enforcement authority.",
                ),
                (
                    (
                        "Camera của chúng tôi cũng đếm được số xe đi qua, có thể dùng làm đầu vào cho các "
                        "hệ thống khác."
                    ),
                    "Our cameras also count passing vehicles, which other systems could use as input.",
                ),
                (
                    "Phần điều khiển đèn tín hiệu không thuộc sản phẩm hiện tại.",
                    "Signal control is not part of our current product.",
                ),
            ],
        ),
        Archetype(
            titles=[
                (
                    "Nền tảng dữ liệu đô thị mở cho thành phố thông minh",
                    "Open urban data platform for smart cities",
                ),
                ("Bảng điều hành thành phố thông minh", "Smart city operations dashboard"),
            ],
            pitches=[
                (
                    (
                        "{name} xây dựng nền tảng tích hợp dữ liệu đô thị từ nhiều sở ngành lên một bảng "
                        "điều hành chung."
                    ),
                    (
                        "{name} builds a platform that brings urban data from many city departments into "
                        "one operations dashboard."
                    ),
                ),
            ],
            approach=[
                (
                    "Nền tảng hiển thị dữ liệu giao thông, môi trường và dịch vụ công trên bản đồ.",
                    "The platform shows traffic, environmental and public service data on a map.",
                ),
                (
                    "Lãnh đạo có thể xem báo cáo tổng hợp theo quận, phường.",
                    "Leaders can view summary reports by district and ward.",
                ),
                (
                    "Chúng tôi có thể hiển thị trạng thái các nút giao nếu được cung cấp dữ liệu.",
                    "We could display intersection status if the data were provided.",
                ),
                (
                    "Module phân tích dự báo đang được phát triển.",
                    "A predictive analytics module is under development.",
                ),
            ],
        ),
    ],
    weak_fit=[
        (
            (
                "Sản phẩm của chúng tôi chưa điều khiển đèn tín hiệu, nhưng dữ liệu có thể hỗ trợ kỹ sư "
                "giao thông đánh giá tình hình."
            ),
            (
                "Our product does not control signals yet, but its data can help traffic engineers assess "
                "the situation."
            ),
        ),
        (
            "Chúng tôi đề xuất phối hợp với một đơn vị điều khiển đèn để cùng giải quyết thử thách.",
            "We propose to team up with a signal control company to address the challenge together.",
        ),
        (
            (
                "Giải pháp đáp ứng phần giám sát của thử thách, còn phần điều khiển thích ứng cần phát "
                "triển thêm."
            ),
            (
                "The solution covers the monitoring part of the challenge; adaptive control would need "
                "further development."
            ),
        ),
    ],
)
