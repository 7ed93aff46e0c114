"""What startups write in answer to the Cát Lái private-5G and port automation challenge."""

from __future__ import annotations

from innovation.demo_content.bank import Archetype, ChallengeBank

BANK = ChallengeBank(
    keywords={
        "vi": [
            "5G riêng",
            "cẩu RTG",
            "điều khiển từ xa",
            "cổng cảng",
            "số container",
            "TOS",
            "Cát Lái",
            "độ trễ",
        ],
        "en": [
            "private 5G",
            "RTG crane",
            "remote control",
            "port gate",
            "container number",
            "TOS",
            "Cát Lái",
            "latency",
        ],
    },
    customers=("cảng, ICD và bãi container", "terminals, inland depots and container yards"),
    stems=["Quay", "Berth", "Gantry", "Harbor", "Dock", "Yard", "Crane", "Tide"],
    team_bg=[
        ("có 12 năm làm khai thác cảng và kho bãi", "spent twelve years in terminal and yard operations"),
        (
            "từng quản lý dự án tự động hóa cho một hãng tàu",
            "managed automation projects for a shipping line",
        ),
        ("từng thiết kế mạng vô tuyến cho nhà mạng di động", "designed radio networks for a mobile operator"),
    ],
    strong=[
        Archetype(
            titles=[
                (
                    "Điều khiển cẩu RTG từ xa qua mạng 5G riêng cho bãi Cát Lái",
                    "Remote RTG crane operation over private 5G for the Cát Lái yard",
                ),
                (
                    "Một người vận hành, bốn cẩu RTG: bàn điều khiển từ xa trên nền 5G",
                    "One operator, four RTGs: a remote crane desk over 5G",
                ),
            ],
            pitches=[
                (
                    (
                        "{name} chuyển cabin lái cẩu RTG về phòng điều hành: video nhiều góc và lệnh điều "
                        "khiển đi qua mạng 5G riêng với độ trễ dưới 15 mili giây."
                    ),
                    (
                        "{name} moves the RTG driver's cabin into a control room: multi-angle video and "
                        "control commands travel over private 5G with under 15 milliseconds of latency."
                    ),
                ),
                (
                    (
                        "Chúng tôi trang bị cho cẩu RTG đang dùng bộ điều khiển từ xa và tự động hóa một "
                        "phần, để một người vận hành phụ trách nhiều cẩu cùng lúc."
                    ),
                    (
                        "We retrofit existing RTG cranes with remote control and partial automation so "
                        "that one operator can supervise several cranes at once."
                    ),
                ),
            ],
            approach=[
                (
                    (
                        "Trên mỗi cẩu chúng tôi lắp 8 camera, lidar ở chân cẩu và bộ điều khiển PLC dự "
                        "phòng; video được nén bằng bộ mã hóa phần cứng trước khi đẩy lên 5G."
                    ),
                    (
                        "On each crane we install eight cameras, lidar at the gantry legs and a redundant "
                        "PLC; video is compressed by hardware encoders before it goes onto 5G."
                    ),
                ),
                (
                    (
                        "Lệnh điều khiển chạy trên một lát cắt mạng riêng có mức ưu tiên cao, tách khỏi "
                        "luồng video và dữ liệu của máy cầm tay."
                    ),
                    (
                        "Control commands run on their own high-priority network slice, separate from "
                        "video and handheld traffic."
                    ),
                ),
                (
                    (
                        "Phần xử lý đặt tại máy chủ biên (MEC) ngay trong cảng nên dữ liệu không đi ra "
                        "Internet; độ trễ khứ hồi đo tại cảng tham chiếu là 11 đến 14 mili giây."
                    ),
                    (
                        "Processing runs on an edge server (MEC) inside the terminal, so data never goes "
                        "out to the Internet; round-trip latency at our reference terminal is 11 to 14 "
                        "milliseconds."
                    ),
                ),
                (
                    (
                        "Các động tác lặp lại như chạy cẩu dọc hàng và hạ khung chụp được tự động hóa; "
                        "người vận hành chỉ can thiệp ở bước gắp và đặt container lên xe."
                    ),
                    (
                        "Repetitive moves such as gantry travel along the row and lowering the spreader "
                        "are automated; the operator only takes over for the pick and the set-down on the "
                        "truck."
                    ),
                ),
                (
                    (
                        "Khi mất tín hiệu quá 100 mili giây, cẩu tự dừng an toàn theo tiêu chuẩn an toàn "
                        "chức năng, và mọi thao tác đều được ghi lại để điều tra sự cố."
                    ),
                    (
                        "If the signal is lost for more than 100 milliseconds the crane comes to a safe "
                        "stop under functional-safety rules, and every move is logged for incident review."
                    ),
                ),
                (
                    (
                        "Bàn điều khiển giữ nguyên cần gạt và bố cục của cabin quen thuộc, nên lái cẩu "
                        "hiện tại chỉ cần khoảng hai tuần đào tạo lại."
                    ),
                    (
                        "The control desk keeps the joysticks and layout of a familiar cabin, so current "
                        "crane drivers need only about two weeks of retraining."
                    ),
                ),
            ],
        ),
        Archetype(
            titles=[
                (
                    "Cổng cảng tự động: đọc số container, biển số và niêm phong trong 30 giây",
                    "Automated port gate: container numbers, plates and seals read in 30 seconds",
                ),
                (
                    "Tự động hóa cổng Cát Lái bằng thị giác máy tính và camera 5G",
                    "Computer-vision gate automation for Cát Lái with 5G cameras",
                ),
            ],
            pitches=[
                (
                    (
                        "{name} làm cổng tự động đọc số container, mã ISO, biển số xe và niêm phong chì "
                        "trong lúc xe vẫn chạy chậm qua làn cổng."
                    ),
                    (
                        "{name} builds automated gates that read container numbers, ISO codes, licence "
                        "plates and seals while the truck rolls slowly through the lane."
                    ),
                ),
                (
                    (
                        "Hệ thống của chúng tôi thay phần lớn thao tác kiểm tra thủ công ở cổng cảng bằng "
                        "camera, AI nhận dạng ký tự và kết nối trực tiếp với TOS."
                    ),
                    (
                        "Our system replaces most manual checks at the terminal gate with cameras, "
                        "character recognition and a direct link to the TOS."
                    ),
                ),
            ],
            approach=[
                (
                    (
                        "Mỗi làn có khung camera sáu góc chụp hai mặt bên, mặt sau và nóc container; mô "
                        "hình được huấn luyện trên hơn 2 triệu ảnh chụp ở các cảng Đông Nam Á, kể cả ảnh "
                        "mưa và ban đêm."
                    ),
                    (
                        "Each lane has a six-camera portal covering both sides, the rear and the roof of "
                        "the container; the model is trained on more than 2 million images from Southeast "
                        "Asian ports, including rain and night shots."
                    ),
                ),
                (
                    (
                        "Ngoài số container, mô hình phát hiện vết móp, thủng vỏ và niêm phong bị thiếu, "
                        "rồi tạo phiếu giao nhận điện tử (EIR) kèm ảnh minh chứng."
                    ),
                    (
                        "Besides the container number, the model detects dents, holes and missing seals, "
                        "then creates an electronic interchange receipt (EIR) with photo evidence."
                    ),
                ),
                (
                    (
                        "Camera ở làn cổng kết nối qua 5G thay cho cáp quang, nên có thể dời làn hoặc mở "
                        "thêm làn tạm trong mùa cao điểm mà không phải đào đường."
                    ),
                    (
                        "Lane cameras connect over 5G instead of fibre, so lanes can be moved or temporary "
                        "lanes opened in the peak season without digging up the road."
                    ),
                ),
                (
                    (
                        "Kết quả nhận dạng được đối chiếu ngay với lịch hẹn và booking trên TOS; nếu khớp, "
                        "barie mở và tài xế nhận vị trí bãi trên màn hình mà không cần xuống xe."
                    ),
                    (
                        "Recognition results are matched at once against the appointment and the booking "
                        "in the TOS; if they agree, the barrier opens and the driver gets the yard "
                        "position on a screen without leaving the cab."
                    ),
                ),
                (
                    (
                        "Khi mô hình không chắc chắn, ảnh được chuyển cho nhân viên kiểm tra từ xa; một "
                        "nhân viên có thể xử lý bốn làn cùng lúc."
                    ),
                    (
                        "When the model is unsure, images go to a remote checker; one checker can handle "
                        "four lanes at a time."
                    ),
                ),
                (
                    (
                        "Tỷ lệ đọc đúng số container ở cảng tham chiếu là 99,1% và thời gian xe qua cổng "
                        "còn khoảng 40 giây."
                    ),
                    (
                        "At our reference terminal container numbers are read correctly 99.1% of the time "
                        "and a truck clears the gate in about 40 seconds."
                    ),
                ),
            ],
        ),
        Archetype(
            titles=[
                (
                    "Bản sao số của bãi container: vị trí xe nội bộ và container theo thời gian thực",
                    "A live digital twin of the container yard: real-time positions of trucks and boxes",
                ),
                (
                    "Định vị thời gian thực cho xe đầu kéo nội bộ và cẩu trên nền 5G",
                    "Real-time positioning of yard tractors and cranes over 5G",
                ),
            ],
            pitches=[
                (
                    (
                        "{name} xây dựng bản sao số của bãi container, cập nhật vị trí từng xe đầu kéo nội "
                        "bộ, cẩu và container mỗi giây nhờ thiết bị định vị gắn trên xe và mạng 5G."
                    ),
                    (
                        "{name} builds a digital twin of the container yard that updates every second the "
                        "position of each yard tractor, crane and container, using on-board positioning "
                        "units and 5G."
                    ),
                ),
                (
                    (
                        "Chúng tôi giúp phòng điều độ nhìn thấy toàn bộ bãi trên một bản đồ sống, thay vì "
                        "chờ máy cầm tay cập nhật vào TOS."
                    ),
                    (
                        "We give the planning room a live map of the whole yard instead of waiting for "
                        "handhelds to update the TOS."
                    ),
                ),
            ],
            approach=[
                (
                    (
                        "Mỗi xe đầu kéo nội bộ gắn bộ định vị GNSS RTK sai số dưới 10 cm, kết hợp cảm biến "
                        "quán tính để giữ vị trí khi đi giữa các dãy container cao."
                    ),
                    (
                        "Each yard tractor carries a GNSS RTK unit with under 10 cm error, combined with "
                        "inertial sensors that hold the position between tall container stacks."
                    ),
                ),
                (
                    (
                        "Cảm biến trên khung chụp của cẩu xác nhận container đã được đặt xuống ô nào, tầng "
                        "nào, rồi gửi sự kiện vào TOS trong chưa đầy 2 giây."
                    ),
                    (
                        "Sensors on the crane spreader confirm in which slot and tier a container was set "
                        "down and send the event to the TOS in under 2 seconds."
                    ),
                ),
                (
                    (
                        "Mạng 5G giữ kết nối ổn định ở những góc bãi mà Wi-Fi bị che khuất, nên không còn "
                        "tình trạng máy cầm tay báo sai vị trí."
                    ),
                    (
                        "5G keeps a stable link in corners of the yard where Wi-Fi is blocked, so "
                        "handhelds no longer report wrong positions."
                    ),
                ),
                (
                    (
                        "Thuật toán điều phối gán lệnh cho xe gần nhất và ghép lệnh nhập, xuất để giảm "
                        "quãng chạy rỗng."
                    ),
                    (
                        "The dispatch algorithm assigns each job to the nearest tractor and pairs import "
                        "and export moves to cut empty trips."
                    ),
                ),
                (
                    (
                        "Bản đồ nhiệt cho thấy các điểm nghẽn trong bãi theo từng giờ, giúp điều độ chuyển "
                        "bớt xe sang làn khác trước khi ùn ứ."
                    ),
                    (
                        "A heat map shows congestion points in the yard hour by hour, so planners can "
                        "divert tractors before queues build up."
                    ),
                ),
                (
                    (
                        "Ở cảng tham chiếu, quãng chạy rỗng của xe nội bộ giảm {pct}% và thời gian chờ cẩu "
                        "giảm gần một phần ba."
                    ),
                    (
                        "At our reference terminal, empty trips of yard tractors fell by {pct}% and "
                        "waiting time under the cranes by almost a third."
                    ),
                ),
            ],
        ),
        Archetype(
            titles=[
                (
                    "Dự báo ùn tắc và cân bằng lịch hẹn xe vào cảng",
                    "Congestion forecasting and truck appointment balancing for the port",
                ),
                (
                    "Giờ vào cảng thông minh cho xe container quanh Cát Lái",
                    "Smart arrival slots for container trucks around Cát Lái",
                ),
            ],
            pitches=[
                (
                    (
                        "{name} dự báo hàng chờ ở cổng cảng trước sáu giờ và gợi ý khung giờ vào cảng cho "
                        "từng nhà xe để dàn đều lưu lượng."
                    ),
                    (
                        "{name} forecasts gate queues six hours ahead and suggests arrival slots to each "
                        "trucking company to spread the flow."
                    ),
                ),
                (
                    (
                        "Chúng tôi kết nối lịch tàu, booking trên TOS và dữ liệu giao thông để xe "
                        "container không còn dồn về cổng cùng một lúc."
                    ),
                    (
                        "We connect vessel schedules, TOS bookings and traffic data so that container "
                        "trucks stop arriving at the gates all at once."
                    ),
                ),
            ],
            approach=[
                (
                    (
                        "Mô hình học máy dùng giờ tàu đến dự kiến, giờ cắt máng, lịch sử giao dịch cổng và "
                        "tình trạng giao thông để dự báo số xe theo từng khung 30 phút."
                    ),
                    (
                        "A machine-learning model uses vessel ETAs, cut-off times, gate transaction "
                        "history and traffic conditions to forecast truck arrivals for each 30-minute "
                        "slot."
                    ),
                ),
                (
                    (
                        "Camera kết nối 5G trên đường dẫn vào cảng đếm chiều dài hàng chờ thực tế để hiệu "
                        "chỉnh dự báo mỗi năm phút."
                    ),
                    (
                        "5G-connected cameras on the approach roads measure the actual queue length and "
                        "correct the forecast every five minutes."
                    ),
                ),
                (
                    (
                        "Nhà xe và tài xế nhận khung giờ gợi ý qua ứng dụng và Zalo; đổi sang giờ thấp "
                        "điểm được cộng điểm ưu tiên ở lần sau."
                    ),
                    (
                        "Trucking companies and drivers receive suggested slots by app and Zalo; moving to "
                        "an off-peak slot earns priority points next time."
                    ),
                ),
                (
                    (
                        "Hệ thống đề xuất số làn cổng cần mở và số nhân viên cần bố trí cho từng ca dựa "
                        "trên dự báo."
                    ),
                    (
                        "The system recommends how many gate lanes to open and how many staff to roster "
                        "for each shift, based on the forecast."
                    ),
                ),
                (
                    (
                        "Sai số dự báo lưu lượng theo giờ ở cảng tham chiếu dưới {pct}%, đủ tin cậy để "
                        "điều chỉnh lịch hẹn."
                    ),
                    (
                        "Hourly forecast error at our reference terminal is under {pct}%, reliable enough "
                        "to adjust appointments."
                    ),
                ),
                (
                    (
                        "Dữ liệu được trao đổi với TOS qua API, không thay đổi quy trình đăng ký lịch hẹn "
                        "hiện có của cảng."
                    ),
                    (
                        "Data is exchanged with the TOS through APIs, without changing the port's existing "
                        "appointment process."
                    ),
                ),
            ],
        ),
    ],
    local=[
        (
            (
                "Chúng tôi đã khảo sát khu bãi phía nam Cát Lái vào ca đêm và tự đo vùng phủ sóng 5G bằng "
                "thiết bị của mình."
            ),
            (
                "We surveyed the southern yard at Cát Lái during a night shift and measured 5G coverage "
                "with our own equipment."
            ),
        ),
        (
            (
                "Ở Cát Lái, container xếp cao năm, sáu tầng tạo ra đúng những vùng che khuất làm Wi-Fi mất "
                "sóng; thiết kế của chúng tôi tính đến điều này từ đầu."
            ),
            (
                "At Cát Lái, stacks five or six high create exactly the shadow zones where Wi-Fi fails; "
                "our design accounts for them from the start."
            ),
        ),
        (
            (
                "Chúng tôi hiểu rằng xe vào cảng dồn vào buổi chiều, khi hàng xuất phải kịp giờ cắt máng "
                "cho các chuyến tàu đi trong đêm."
            ),
            (
                "We know that trucks bunch up in the afternoon, when export boxes must make the cut-off "
                "for vessels leaving overnight."
            ),
        ),
        (
            (
                "Hai kỹ sư của nhóm từng làm khai thác bãi ở cụm cảng Cái Mép – Thị Vải, quen với TOS và "
                "quy trình giao nhận của các hãng tàu."
            ),
            (
                "Two of our engineers worked in yard operations at the Cái Mép – Thị Vải port cluster and "
                "know the TOS and the shipping lines' handover procedures."
            ),
        ),
        (
            (
                "Đoạn đường Nguyễn Thị Định trước cổng cảng sẽ là chỉ số đầu tiên chúng tôi dùng để đánh "
                "giá hiệu quả."
            ),
            (
                "The stretch of Nguyễn Thị Định street in front of the gates will be the first indicator "
                "we use to measure the effect."
            ),
        ),
        (
            (
                "Chúng tôi đã làm việc với hai nhà mạng trong nước về cấu hình 5G SA và hiểu cách chia tài "
                "nguyên giữa camera, thiết bị cầm tay và điều khiển."
            ),
            (
                "We have worked with two Vietnamese operators on 5G SA configuration and know how to share "
                "capacity between cameras, handhelds and control traffic."
            ),
        ),
    ],
    fit=[
        (
            (
                "Thử thách yêu cầu khai thác mạng 5G riêng vừa lắp ở bãi phía nam, và sản phẩm của chúng "
                "tôi được thiết kế để chạy trên đúng loại hạ tầng đó."
            ),
            (
                "The challenge asks to put the new private 5G network in the southern yard to work, and "
                "our product is designed for exactly that kind of infrastructure."
            ),
        ),
        (
            (
                "Chúng tôi đáp ứng yêu cầu độ trễ dưới 20 mili giây và có số đo thực tế tại một cảng khác "
                "để đối chiếu."
            ),
            (
                "We meet the under-20-millisecond latency requirement and have field measurements from "
                "another terminal to compare with."
            ),
        ),
        (
            (
                "Giải pháp kết nối với TOS qua API, nên Tân Cảng không phải thay hệ thống quản lý khai "
                "thác đang dùng."
            ),
            (
                "The solution connects to the TOS through APIs, so Tân Cảng does not have to replace its "
                "terminal operating system."
            ),
        ),
        (
            (
                "Các chỉ tiêu của thử thách, như thời gian xe qua cổng hay số cẩu điều khiển từ xa, trùng "
                "với những gì chúng tôi đang đo ở khách hàng hiện tại."
            ),
            (
                "The challenge's targets, such as gate time per truck or the number of remotely operated "
                "cranes, are what we already measure at current customers."
            ),
        ),
        (
            (
                "Chúng tôi có thể bắt đầu trên một khối bãi nhỏ rồi mở rộng dần, đúng cách cảng muốn thí "
                "điểm trước khi triển khai toàn bộ."
            ),
            (
                "We can start on one small yard block and grow from there, which is how the port wants to "
                "pilot before a full roll-out."
            ),
        ),
        (
            (
                "Vận hành 24/7 trong nắng, mưa và bụi là điều kiện bình thường của sản phẩm, không phải "
                "trường hợp đặc biệt."
            ),
            "Running 24/7 in sun, rain and dust is normal operation for our product, not a special case.",
        ),
    ],
    pilot=[
        (
            (
                "Tháng đầu: khảo sát vùng phủ sóng, lắp thiết bị trên {n_small} cẩu hoặc làn cổng và kết "
                "nối thử với TOS trong môi trường kiểm thử."
            ),
            (
                "Month one: survey coverage, fit equipment to {n_small} cranes or gate lanes and connect "
                "to a TOS test environment."
            ),
        ),
        (
            (
                "Từ tuần thứ {weeks}, hệ thống chạy song song với cách làm cũ trong ca ngày, có kỹ sư của "
                "chúng tôi trực tại phòng điều hành."
            ),
            (
                "From week {weeks}, the system runs alongside the current process on day shifts, with our "
                "engineers on duty in the control room."
            ),
        ),
        (
            (
                "Chỉ số đo hằng tuần gồm độ trễ, tỷ lệ nhận dạng đúng, thời gian xe qua cổng và số lần "
                "người vận hành phải can thiệp."
            ),
            (
                "Weekly metrics are latency, recognition accuracy, gate time per truck and the number of "
                "operator interventions."
            ),
        ),
        (
            (
                "Sau {months} tháng, chúng tôi cùng cảng đánh giá theo các chỉ tiêu đã thống nhất và đề "
                "xuất phương án mở rộng."
            ),
            (
                "After {months} months we review the agreed targets together with the port and propose how "
                "to scale up."
            ),
        ),
        (
            (
                "Toàn bộ thiết bị lắp thêm có thể tháo ra trong một ca nếu kết quả không đạt, không ảnh "
                "hưởng đến khai thác."
            ),
            (
                "All added equipment can be removed within one shift if the results fall short, without "
                "disturbing operations."
            ),
        ),
        (
            (
                "Chúng tôi sẽ đào tạo {n_small} lái cẩu hoặc nhân viên cổng làm người vận hành chính trong "
                "thời gian thí điểm."
            ),
            "We will train {n_small} crane drivers or gate clerks as the main operators during the pilot.",
        ),
    ],
    weak=[
        Archetype(
            titles=[
                ("Nền tảng IoT giám sát kho hàng", "IoT monitoring platform for warehouses"),
                (
                    "Cảm biến và bảng điều khiển cho kho bãi",
                    "Sensors and dashboards for warehouses and yards",
                ),
            ],
            pitches=[
                (
                    (
                        "{name} cung cấp cảm biến nhiệt độ, độ ẩm và cửa kho kèm bảng điều khiển trên web "
                        "cho các kho hàng vừa và nhỏ."
                    ),
                    (
                        "{name} supplies temperature, humidity and door sensors with a web dashboard for "
                        "small and medium warehouses."
                    ),
                ),
            ],
            approach=[
                (
                    "Cảm biến dùng LoRa, pin chạy hai năm và gửi cảnh báo khi vượt ngưỡng.",
                    (
                        "Sensors use LoRa, run two years on a battery and send alerts when a threshold is "
                        "crossed."
                    ),
                ),
                (
                    "Bảng điều khiển hiển thị tình trạng từng khu kho và lịch sử cảnh báo.",
                    "The dashboard shows the status of each warehouse zone and the alert history.",
                ),
                (
                    "Chúng tôi có thể bổ sung module 5G cho cảm biến trong phiên bản sau.",
                    "We could add 5G modules to the sensors in a later version.",
                ),
                (
                    "Khách hàng chủ yếu là kho hàng tiêu dùng và kho lạnh ở Bình Dương.",
                    "Customers are mostly consumer goods warehouses and cold stores in Bình Dương.",
                ),
            ],
        ),
        Archetype(
            titles=[
                (
                    "Quản lý đội xe tải bằng GPS và ứng dụng tài xế",
                    "Truck fleet management with GPS and a driver app",
                ),
                (
                    "Theo dõi hành trình xe container cho nhà xe",
                    "Trip tracking for container trucking companies",
                ),
            ],
            pitches=[
                (
                    (
                        "{name} giúp các nhà xe theo dõi vị trí, nhiên liệu và hành trình của xe tải qua "
                        "thiết bị GPS và ứng dụng cho tài xế."
                    ),
                    (
                        "{name} helps trucking companies track the position, fuel and trips of their "
                        "trucks with GPS units and a driver app."
                    ),
                ),
            ],
            approach=[
                (
                    (
                        "Thiết bị GPS gửi vị trí mỗi 30 giây, chủ xe xem lộ trình và thời gian dừng đỗ "
                        "trên điện thoại."
                    ),
                    "GPS units report every 30 seconds, and owners see routes and stops on their phones.",
                ),
                (
                    "Tài xế chụp ảnh chứng từ giao nhận và gửi ngay về văn phòng.",
                    "Drivers photograph delivery documents and send them straight to the office.",
                ),
                (
                    "Dữ liệu của chúng tôi có thể cho biết khi nào xe sắp đến khu vực cảng.",
                    "Our data can show when a truck is about to reach the port area.",
                ),
                (
                    "Phần mềm nhắc lịch bảo dưỡng và đăng kiểm cho từng xe.",
                    "The software reminds owners of maintenance and inspection dates for each truck.",
                ),
            ],
        ),
        Archetype(
            titles=[
                (
                    "Thiết kế mạng không dây riêng cho nhà máy và khu công nghiệp",
                    "Private wireless networks for factories and industrial parks",
                ),
                ("Wi-Fi 6 và LTE riêng cho doanh nghiệp", "Wi-Fi 6 and private LTE for businesses"),
            ],
            pitches=[
                (
                    (
                        "{name} tư vấn, thiết kế và lắp đặt mạng Wi-Fi 6 và LTE riêng cho nhà máy, kho và "
                        "văn phòng."
                    ),
                    (
                        "{name} designs and installs Wi-Fi 6 and private LTE networks for factories, "
                        "warehouses and offices."
                    ),
                ),
            ],
            approach=[
                (
                    (
                        "Chúng tôi khảo sát vùng phủ, lắp điểm phát và giám sát mạng từ trung tâm điều "
                        "hành của mình."
                    ),
                    (
                        "We survey coverage, install access points and monitor the network from our own "
                        "operations centre."
                    ),
                ),
                (
                    "Khách hàng chủ yếu là nhà máy điện tử và may mặc trong các khu công nghiệp.",
                    "Our customers are mainly electronics and garment factories in industrial parks.",
                ),
                (
                    (
                        "Chúng tôi chưa triển khai ứng dụng điều khiển thiết bị nhưng có thể hỗ trợ phần "
                        "hạ tầng mạng."
                    ),
                    (
                        "We have not deployed equipment control applications, but we can support the "
                        "network side."
                    ),
                ),
                (
                    "Dịch vụ bảo trì mạng được tính phí theo tháng.",
                    "Network maintenance is billed monthly.",
                ),
            ],
        ),
    ],
    weak_fit=[
        (
            (
                "Dù chưa làm việc trong cảng, chúng tôi tin sản phẩm có thể điều chỉnh để phục vụ một phần "
                "nhu cầu của thử thách."
            ),
            (
                "Although we have not worked in a port, we believe the product can be adapted to part of "
                "the challenge."
            ),
        ),
        (
            (
                "Chúng tôi có thể cung cấp dữ liệu hỗ trợ cho phòng điều hành, còn phần điều khiển cẩu và "
                "cổng cần đối tác khác."
            ),
            (
                "We can supply supporting data to the control room; crane and gate control would need "
                "another partner."
            ),
        ),
        (
            (
                "Phần 5G và tự động hóa chưa nằm trong sản phẩm hiện tại; chúng tôi đề xuất bắt đầu từ "
                "phần theo dõi và mở rộng sau."
            ),
            (
                "5G and automation are not in our current product; we suggest starting with monitoring and "
                "extending later."
            ),
        ),
    ],
)
