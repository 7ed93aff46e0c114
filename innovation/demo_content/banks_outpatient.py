"""What startups write in answer to the hospital outpatient waiting time challenge."""

from __future__ import annotations

from innovation.demo_content.bank import Archetype, ChallengeBank

BANK = ChallengeBank(
    keywords={
        "vi": [
            "thời gian chờ",
            "khám ngoại trú",
            "người bệnh",
            "đặt lịch",
            "xếp hàng",
            "HIS",
            "bảo hiểm y tế",
            "xét nghiệm",
        ],
        "en": [
            "waiting time",
            "outpatient",
            "patients",
            "appointment booking",
            "queue",
            "HIS",
            "health insurance",
            "laboratory",
        ],
    },
    customers=("bệnh viện và phòng khám", "hospitals and clinics"),
    stems=["Med", "Care", "Clinic", "Khám", "Pulse", "Queue", "Triage", "Ward"],
    team_bg=[
        (
            "là bác sĩ nội khoa với 8 năm làm việc tại bệnh viện công",
            "is an internal medicine doctor who worked eight years in public hospitals",
        ),
        (
            "từng quản lý phòng công nghệ thông tin của một bệnh viện hạng I",
            "ran the IT department of a grade I hospital",
        ),
        (
            "có bằng thạc sĩ quản lý y tế và làm cải tiến quy trình bệnh viện",
            "holds a master's in health management and works on hospital process improvement",
        ),
    ],
    strong=[
        Archetype(
            titles=[
                (
                    "Dự báo người bệnh từng giờ và chia khung giờ đến khám",
                    "Hourly patient forecasts and arrival slots for outpatient visits",
                ),
                (
                    "Dàn đều người bệnh trong ngày để hết cảnh xếp hàng từ 5 giờ sáng",
                    "Spreading patients over the day to end the 5 a.m. queue",
                ),
            ],
            pitches=[
                (
                    (
                        "{name} dự báo mỗi giờ có bao nhiêu người bệnh đến từng chuyên khoa, rồi mở các "
                        "khung giờ khám cho đặt trước sao cho người bệnh đến đều trong ngày thay vì dồn "
                        "vào sáng sớm."
                    ),
                    (
                        "{name} forecasts patient numbers by hour and specialty and opens bookable visit "
                        "slots so that patients arrive evenly through the day instead of at dawn."
                    ),
                ),
                (
                    (
                        "Chúng tôi giúp bệnh viện biến đặt lịch từ một kênh ít người dùng thành cách đến "
                        "khám bình thường của đa số người bệnh."
                    ),
                    (
                        "We help hospitals turn booking from a little-used channel into the normal way "
                        "most patients come."
                    ),
                ),
            ],
            approach=[
                (
                    (
                        "Mô hình dự báo học từ dữ liệu lượt khám nhiều năm, lịch nghỉ lễ, thời tiết và mùa "
                        "dịch như sốt xuất huyết."
                    ),
                    (
                        "The forecasting model learns from years of visit data, public holidays, weather "
                        "and epidemic seasons such as dengue."
                    ),
                ),
                (
                    (
                        "Số khung giờ mở cho đặt trước được tính theo năng lực từng phòng khám, chừa chỗ "
                        "cho người bệnh đến trực tiếp và cấp cứu."
                    ),
                    (
                        "Bookable slots are computed from each room's capacity, keeping room for walk-in "
                        "and urgent patients."
                    ),
                ),
                (
                    (
                        "Người bệnh đặt lịch qua Zalo, tổng đài hoặc ki-ốt, chỉ cần số căn cước; thẻ bảo "
                        "hiểm y tế được kiểm tra ngay khi đặt."
                    ),
                    (
                        "Patients book through Zalo, the call centre or a kiosk using only their ID "
                        "number; health insurance is checked at booking."
                    ),
                ),
                (
                    "Một ngày trước giờ hẹn, hệ thống nhắc lịch và hướng dẫn nhịn ăn nếu có xét nghiệm máu.",
                    (
                        "A day before the visit, the system sends a reminder and fasting instructions if "
                        "blood tests are planned."
                    ),
                ),
                (
                    (
                        "Sai số dự báo theo giờ ở bệnh viện tham chiếu dưới {pct}%, đủ để điều chỉnh ca "
                        "làm việc của bác sĩ và điều dưỡng."
                    ),
                    (
                        "Hourly forecast error at our reference hospital is under {pct}%, enough to adjust "
                        "doctors' and nurses' shifts."
                    ),
                ),
                (
                    (
                        "Tỷ lệ người bệnh đặt lịch trước ở bệnh viện tham chiếu tăng từ 8% lên {pct2}% sau "
                        "sáu tháng."
                    ),
                    (
                        "At our reference hospital, the share of booked patients rose from 8% to {pct2}% "
                        "in six months."
                    ),
                ),
            ],
        ),
        Archetype(
            titles=[
                (
                    "Thời gian chờ thật và chỉ đường cho người bệnh qua từng bước khám",
                    "Real waiting times and step-by-step guidance through the visit",
                ),
                (
                    "Người bệnh luôn biết đi đâu tiếp theo và còn chờ bao lâu",
                    "Patients always know where to go next and how long they will wait",
                ),
            ],
            pitches=[
                (
                    (
                        "{name} cho người bệnh biết mình đang ở bước nào, phòng nào tiếp theo và còn chờ "
                        "bao nhiêu phút, qua màn hình, tin nhắn Zalo và phiếu in có mã QR."
                    ),
                    (
                        "{name} tells patients which step they are at, which room comes next and how many "
                        "minutes are left, through screens, Zalo messages and a printed QR slip."
                    ),
                ),
                (
                    (
                        "Chúng tôi kết nối các hàng chờ rời rạc của khoa khám bệnh thành một hành trình "
                        "duy nhất mà người bệnh theo dõi được."
                    ),
                    (
                        "We join the outpatient department's separate queues into one journey that "
                        "patients can follow."
                    ),
                ),
            ],
            approach=[
                (
                    (
                        "Hệ thống đọc trạng thái từ HIS và LIS để biết người bệnh đã khám, đã đóng tiền "
                        "hay đã có kết quả xét nghiệm."
                    ),
                    (
                        "The system reads statuses from the HIS and LIS to know whether a patient has been "
                        "seen, has paid or has test results."
                    ),
                ),
                (
                    (
                        "Thời gian chờ được ước tính theo tốc độ phục vụ thực tế của từng phòng trong 30 "
                        "phút gần nhất."
                    ),
                    (
                        "Waiting times are estimated from each room's actual service rate over the last 30 "
                        "minutes."
                    ),
                ),
                (
                    (
                        "Người cao tuổi không dùng điện thoại nhận phiếu in có số thứ tự và sơ đồ đường "
                        "đi, màn hình hành lang đọc to số gọi."
                    ),
                    (
                        "Elderly patients without smartphones get a printed slip with their number and a "
                        "route map, and corridor screens announce calls aloud."
                    ),
                ),
                (
                    (
                        "Khi phải chờ lâu, người bệnh có thể rời khu khám và được nhắn tin quay lại trước "
                        "lượt mười lăm phút."
                    ),
                    (
                        "When the wait is long, patients can leave the waiting area and get a message "
                        "fifteen minutes before their turn."
                    ),
                ),
                (
                    (
                        "Khảo sát tại bệnh viện tham chiếu cho thấy mức hài lòng tăng rõ dù tổng thời gian "
                        "chỉ giảm {pct}%, vì người bệnh không còn mù mờ."
                    ),
                    (
                        "Surveys at our reference hospital showed clearly higher satisfaction even though "
                        "total time fell only {pct}%, because patients were no longer in the dark."
                    ),
                ),
            ],
        ),
        Archetype(
            titles=[
                (
                    "Điều phối phòng xét nghiệm và chẩn đoán hình ảnh theo thời gian thực",
                    "Real-time routing to laboratory and imaging rooms",
                ),
                (
                    "Cân bằng tải giữa các phòng lấy mẫu và phòng siêu âm",
                    "Balancing load across sampling and ultrasound rooms",
                ),
            ],
            pitches=[
                (
                    (
                        "{name} tự động chỉ định người bệnh đến phòng lấy mẫu, siêu âm hoặc X-quang đang "
                        "vắng nhất, và báo cho điều dưỡng trưởng khi một khâu sắp quá tải."
                    ),
                    (
                        "{name} automatically sends each patient to the least busy sampling, ultrasound or "
                        "X-ray room and warns the head nurse when a step is about to overload."
                    ),
                ),
                (
                    (
                        "Chúng tôi giảm phần thời gian chờ lớn nhất của một lượt khám: chờ làm và chờ kết "
                        "quả cận lâm sàng."
                    ),
                    "We cut the biggest part of a visit's waiting time: waiting for tests and their results.",
                ),
            ],
            approach=[
                (
                    (
                        "Ngay khi bác sĩ chỉ định trên HIS, hệ thống chọn phòng thực hiện dựa trên hàng "
                        "chờ hiện tại và quãng đường đi bộ."
                    ),
                    (
                        "As soon as a doctor orders a test in the HIS, the system picks the room from "
                        "current queues and walking distance."
                    ),
                ),
                (
                    (
                        "Các xét nghiệm có thể làm song song được sắp xếp lại để người bệnh không phải "
                        "quay về cùng một hàng hai lần."
                    ),
                    (
                        "Tests that can run in parallel are reordered so that patients never queue twice "
                        "at the same place."
                    ),
                ),
                (
                    (
                        "Bảng điều phối cho trưởng khoa hiển thị số người chờ ở từng khâu và dự báo nghẽn "
                        "trong giờ tới."
                    ),
                    (
                        "A coordination board for the head of department shows how many are waiting at "
                        "each step and forecasts bottlenecks for the next hour."
                    ),
                ),
                (
                    (
                        "Khi một khâu sắp quá tải, hệ thống gợi ý mở thêm bàn lấy mẫu hoặc điều động điều "
                        "dưỡng từ khâu vắng hơn."
                    ),
                    (
                        "When a step nears overload, the system suggests opening another sampling desk or "
                        "moving a nurse from a quieter step."
                    ),
                ),
                (
                    (
                        "Tại một bệnh viện đa khoa tỉnh, thời gian từ chỉ định đến có kết quả xét nghiệm "
                        "giảm {pct}% sau ba tháng."
                    ),
                    (
                        "At a provincial general hospital, the time from test order to result fell by "
                        "{pct}% after three months."
                    ),
                ),
            ],
        ),
        Archetype(
            titles=[
                (
                    "Ki-ốt tự phục vụ và trợ lý giọng nói cho thủ tục tiếp nhận bảo hiểm y tế",
                    "Self-service kiosks and a voice assistant for insurance check-in",
                ),
                (
                    "Tiếp nhận người bệnh trong một phút bằng căn cước gắn chip",
                    "One-minute patient check-in with chip ID cards",
                ),
            ],
            pitches=[
                (
                    (
                        "{name} cung cấp ki-ốt tự phục vụ đọc căn cước gắn chip, kiểm tra bảo hiểm y tế, "
                        "chọn chuyên khoa bằng giọng nói và in số thứ tự trong khoảng một phút."
                    ),
                    (
                        "{name} provides self-service kiosks that read chip ID cards, check health "
                        "insurance, pick the specialty by voice and print a queue number in about a "
                        "minute."
                    ),
                ),
                (
                    (
                        "Chúng tôi rút ngắn khâu tiếp nhận, nơi người bệnh xếp hàng đầu tiên và lâu nhất "
                        "vào buổi sáng."
                    ),
                    "We shorten registration, the first and longest queue of the morning.",
                ),
            ],
            approach=[
                (
                    (
                        "Ki-ốt đọc chip căn cước, tra cứu thẻ bảo hiểm y tế và lịch sử khám trên HIS, rồi "
                        "tạo lượt khám không cần nhân viên nhập tay."
                    ),
                    (
                        "The kiosk reads the ID chip, looks up insurance and visit history in the HIS and "
                        "creates the visit with no manual entry."
                    ),
                ),
                (
                    (
                        "Trợ lý giọng nói hiểu tiếng Việt giọng Nam, giọng Bắc và cách mô tả triệu chứng "
                        "của người lớn tuổi để gợi ý chuyên khoa."
                    ),
                    (
                        "A voice assistant understands southern and northern Vietnamese and the way older "
                        "people describe symptoms, and suggests the specialty."
                    ),
                ),
                (
                    (
                        "Mỗi ki-ốt có tình nguyện viên hoặc nhân viên hướng dẫn trong những tuần đầu, đến "
                        "khi người bệnh quen dùng."
                    ),
                    (
                        "Each kiosk has a volunteer or staff member to help during the first weeks, until "
                        "patients get used to it."
                    ),
                ),
                (
                    "Người bệnh tái khám có thể làm thủ tục từ nhà qua ứng dụng và đi thẳng đến phòng khám.",
                    (
                        "Returning patients can check in from home through the app and go straight to the "
                        "consulting room."
                    ),
                ),
                (
                    (
                        "Ở bệnh viện tham chiếu, thời gian chờ tại quầy tiếp nhận giảm từ khoảng 40 phút "
                        "xuống dưới {n_mid} phút."
                    ),
                    (
                        "At our reference hospital, waiting at registration fell from about 40 minutes to "
                        "under {n_mid} minutes."
                    ),
                ),
            ],
        ),
    ],
    local=[
        (
            (
                "Chúng tôi hiểu rằng người bệnh từ Đồng Nai, Bình Dương thường đi xe khách từ rất sớm, nên "
                "khung giờ hẹn phải tính đến giờ xe đến."
            ),
            (
                "We know that patients from Đồng Nai and Bình Dương often take very early buses, so "
                "appointment slots must take arrival times into account."
            ),
        ),
        (
            (
                "Sáng thứ Hai và ngày đầu sau kỳ nghỉ Tết là lúc quá tải nhất; mô hình của chúng tôi có "
                "biến riêng cho các ngày này."
            ),
            (
                "Monday mornings and the first day after the Tết holiday are the worst; our model has "
                "specific variables for those days."
            ),
        ),
        (
            (
                "Khoảng 70% người bệnh dùng bảo hiểm y tế, nên mọi bước của chúng tôi đều tuân thủ quy "
                "trình khám bảo hiểm hiện hành."
            ),
            (
                "About 70% of patients use health insurance, so every step we add follows the current "
                "insurance visit procedure."
            ),
        ),
        (
            (
                "Chúng tôi đã làm việc với HIS của các nhà cung cấp phổ biến tại Việt Nam và biết cách kết "
                "nối mà không làm chậm hệ thống đang chạy."
            ),
            (
                "We have worked with the HIS products common in Vietnam and know how to connect without "
                "slowing the running system."
            ),
        ),
        (
            (
                "Dữ liệu sức khỏe được xử lý theo Nghị định 13/2023, với dữ liệu nhạy cảm chỉ nằm trong hệ "
                "thống của bệnh viện."
            ),
            (
                "Health data is processed under Decree 13/2023, with sensitive data kept only inside the "
                "hospital's systems."
            ),
        ),
        (
            (
                "Khu khám bệnh mới của bệnh viện có màn hình và mạng sẵn, giúp triển khai nhanh mà không "
                "phải thi công lớn."
            ),
            (
                "The hospital's new outpatient building already has screens and network, so deployment "
                "needs no major works."
            ),
        ),
    ],
    fit=[
        (
            (
                "Thử thách muốn một lượt khám kèm xét nghiệm chỉ còn dưới 2,5 giờ thay vì 4 giờ, và đây là "
                "chỉ số chúng tôi đo ở mọi khách hàng."
            ),
            (
                "The challenge wants a visit with tests cut from 4 hours to under 2.5, and this is the "
                "metric we measure at every customer."
            ),
        ),
        (
            "Giải pháp tích hợp với HIS và LIS hiện có qua API, không đòi bệnh viện thay phần mềm.",
            (
                "The solution integrates with the existing HIS and LIS through APIs and does not ask the "
                "hospital to replace software."
            ),
        ),
        (
            (
                "Chúng tôi thiết kế cho người lớn tuổi và người không rành điện thoại: phiếu in, màn hình "
                "đọc to và người hướng dẫn."
            ),
            (
                "We design for elderly people and those who are not comfortable with phones: printed "
                "slips, spoken screens and helpers."
            ),
        ),
        (
            "Bảng điều phối cho trưởng khoa khám bệnh mà thử thách nêu là một phần có sẵn của sản phẩm.",
            (
                "The coordination dashboard for the head of the outpatient department that the challenge "
                "mentions is already in our product."
            ),
        ),
        (
            (
                "Chúng tôi đã triển khai ở bệnh viện công có lượng bệnh tương tự, nên hiểu áp lực của một "
                "khoa khám 5.000 lượt mỗi ngày."
            ),
            (
                "We have deployed in public hospitals of similar volume and understand the pressure of "
                "5,000 visits a day."
            ),
        ),
        (
            "Dự báo theo giờ với sai số dưới 15% là chỉ tiêu mà mô hình của chúng tôi đã đạt.",
            "Hourly forecasts within 15% error is a target our model already meets.",
        ),
    ],
    pilot=[
        (
            (
                "Tháng đầu: kết nối API với HIS và LIS, phân tích dữ liệu lượt khám 3 năm đã ẩn danh và "
                "chọn {n_small} chuyên khoa thí điểm."
            ),
            (
                "Month one: connect to the HIS and LIS APIs, analyse three years of anonymised visit data "
                "and choose {n_small} pilot specialties."
            ),
        ),
        (
            "Từ tuần thứ {weeks}, mở đặt lịch và hiển thị thời gian chờ cho các chuyên khoa thí điểm.",
            "From week {weeks}, open booking and waiting-time displays for the pilot specialties.",
        ),
        (
            "Chúng tôi đo thời gian từng bước bằng dấu thời gian trong HIS, không cần khảo sát thủ công.",
            "We measure each step from HIS timestamps, without manual surveys.",
        ),
        (
            "Bác sĩ và điều dưỡng trưởng họp với nhóm mỗi hai tuần để điều chỉnh quy trình.",
            "Senior doctors and head nurses meet the team every two weeks to adjust the process.",
        ),
        (
            (
                "Sau {months} tháng, báo cáo so sánh thời gian chờ, tỷ lệ đặt lịch và mức hài lòng trước "
                "và sau thí điểm."
            ),
            (
                "After {months} months, a report compares waiting time, booking rate and satisfaction "
                "before and after the pilot."
            ),
        ),
        (
            (
                "Trong hai tuần đầu, nhân viên của chúng tôi có mặt tại khu khám bệnh từ 5 giờ sáng để hỗ "
                "trợ người bệnh."
            ),
            "For the first two weeks our staff are in the outpatient area from 5 a.m. to help patients.",
        ),
    ],
    weak=[
        Archetype(
            titles=[
                ("Ứng dụng tư vấn sức khỏe từ xa", "Telehealth consultation app"),
                ("Khám bệnh trực tuyến với bác sĩ", "Online consultations with doctors"),
            ],
            pitches=[
                (
                    (
                        "{name} là ứng dụng tư vấn sức khỏe từ xa, kết nối người dùng với bác sĩ qua video "
                        "và chat."
                    ),
                    "{name} is a telehealth app that connects users with doctors by video and chat.",
                ),
            ],
            approach=[
                ("Người dùng đặt lịch tư vấn trong vài phút.", "Users book a consultation within minutes."),
                (
                    "Bác sĩ kê đơn điện tử và nhà thuốc giao thuốc tận nhà.",
                    "Doctors issue e-prescriptions and pharmacies deliver.",
                ),
                (
                    "Tư vấn từ xa có thể giảm một phần lượt khám không cần thiết.",
                    "Remote consultations could avoid some unnecessary visits.",
                ),
                (
                    "Chúng tôi chưa kết nối với hệ thống của bệnh viện.",
                    "We are not connected to hospital systems.",
                ),
            ],
        ),
        Archetype(
            titles=[
                ("Hệ thống gọi số thứ tự cho ngân hàng và cơ quan", "Queue ticketing for banks and offices"),
                ("Máy lấy số và màn hình gọi số", "Ticket machines and calling screens"),
            ],
            pitches=[
                (
                    (
                        "{name} cung cấp máy lấy số thứ tự và màn hình gọi số cho ngân hàng, bưu điện và "
                        "bộ phận một cửa."
                    ),
                    (
                        "{name} supplies queue ticket machines and calling screens for banks, post offices "
                        "and one-stop service counters."
                    ),
                ),
            ],
            approach=[
                (
                    "Khách lấy số tại máy và theo dõi số gọi trên màn hình.",
                    "Customers take a ticket and watch the calling screen.",
                ),
                (
                    "Quản lý xem báo cáo số lượt phục vụ mỗi quầy.",
                    "Managers see reports of customers served per counter.",
                ),
                (
                    "Hệ thống có thể lắp cho khu khám bệnh.",
                    "The system could be installed in an outpatient area.",
                ),
                (
                    "Chúng tôi chưa có tính năng dự báo hay kết nối HIS.",
                    "We have no forecasting or HIS connection.",
                ),
            ],
        ),
        Archetype(
            titles=[
                ("Chatbot chăm sóc khách hàng đa ngành", "Customer service chatbot for any industry"),
                ("Trợ lý ảo trả lời câu hỏi thường gặp", "Virtual assistant for frequently asked questions"),
            ],
            pitches=[
                (
                    (
                        "{name} là chatbot chăm sóc khách hàng trên website và Zalo, trả lời câu hỏi "
                        "thường gặp cho doanh nghiệp."
                    ),
                    (
                        "{name} is a customer service chatbot on websites and Zalo that answers "
                        "businesses' frequently asked questions."
                    ),
                ),
            ],
            approach=[
                (
                    "Doanh nghiệp tự nhập câu hỏi và câu trả lời mẫu.",
                    "Businesses enter their own questions and answers.",
                ),
                (
                    "Chatbot chuyển cho nhân viên khi không trả lời được.",
                    "The bot hands over to staff when it cannot answer.",
                ),
                (
                    "Bệnh viện có thể dùng chatbot để trả lời giờ khám và thủ tục.",
                    "A hospital could use it to answer questions about opening hours and procedures.",
                ),
                ("Chatbot không kết nối dữ liệu hàng chờ.", "The bot has no access to queue data."),
            ],
        ),
    ],
    weak_fit=[
        (
            (
                "Sản phẩm của chúng tôi cải thiện trải nghiệm người bệnh ở một khâu, nhưng chưa giải quyết "
                "toàn bộ hành trình khám."
            ),
            "Our product improves one step of the patient experience but not the whole visit.",
        ),
        (
            "Chúng tôi cần kết nối với HIS của bệnh viện để làm được nhiều hơn.",
            "We would need to connect to the hospital's HIS to do more.",
        ),
        (
            "Giải pháp có thể giảm một phần áp lực lên khoa khám bệnh.",
            "The solution could relieve some of the pressure on the outpatient department.",
        ),
    ],
)
