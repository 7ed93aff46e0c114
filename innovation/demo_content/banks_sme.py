"""What startups write in answer to the SME smart-manufacturing readiness assessment challenge."""

from __future__ import annotations

from innovation.demo_content.bank import Archetype, ChallengeBank

BANK = ChallengeBank(
    keywords={
        "vi": [
            "sản xuất thông minh",
            "mức độ sẵn sàng",
            "doanh nghiệp nhỏ và vừa",
            "chuyển đổi số",
            "tự đánh giá",
            "lộ trình",
            "nhà máy",
            "khung trưởng thành",
        ],
        "en": [
            "smart manufacturing",
            "readiness",
            "SME",
            "digital transformation",
            "self-assessment",
            "roadmap",
            "factory",
            "maturity model",
        ],
    },
    customers=("nhà máy và doanh nghiệp sản xuất", "factories and manufacturers"),
    stems=["Factory", "Lean", "Kaizen", "Xưởng", "Forge", "Shopfloor", "Mill", "Maker"],
    team_bg=[
        ("từng làm giám đốc một nhà máy cơ khí ở Bình Tân", "ran a machining plant in Bình Tân"),
        ("triển khai hệ thống MES cho hơn 30 nhà máy", "deployed MES systems at more than 30 factories"),
        ("là chuyên gia sản xuất tinh gọn được chứng nhận", "is a certified lean manufacturing expert"),
    ],
    strong=[
        Archetype(
            titles=[
                (
                    "Công cụ tự đánh giá mức độ sẵn sàng sản xuất thông minh theo khung SIRI",
                    "Smart manufacturing readiness self-assessment based on the SIRI framework",
                ),
                (
                    "Chấm điểm sẵn sàng chuyển đổi số cho xưởng sản xuất trong 2 giờ",
                    "A two-hour digital readiness score for factories",
                ),
            ],
            pitches=[
                (
                    (
                        "{name} là công cụ trực tuyến bằng tiếng Việt giúp chủ xưởng tự chấm mức độ sẵn "
                        "sàng sản xuất thông minh theo khung SIRI, với câu hỏi viết bằng ngôn ngữ của "
                        "người làm sản xuất."
                    ),
                    (
                        "{name} is an online tool in Vietnamese that lets factory owners score their own "
                        "smart manufacturing readiness on the SIRI framework, with questions written in "
                        "shop-floor language."
                    ),
                ),
                (
                    (
                        "Chúng tôi chuyển bộ tiêu chí đánh giá của chuyên gia thành một quy trình tự đánh "
                        "giá khoảng hai giờ, có hướng dẫn bằng hình ảnh và ví dụ ngành."
                    ),
                    (
                        "We turn the experts' assessment criteria into a self-assessment of about two "
                        "hours, guided by pictures and industry examples."
                    ),
                ),
            ],
            approach=[
                (
                    (
                        "Bộ câu hỏi rẽ nhánh theo ngành: xưởng cơ khí không phải trả lời câu hỏi dành cho "
                        "nhà máy thực phẩm, nên số câu giảm từ 100 xuống khoảng 45."
                    ),
                    (
                        "Questions branch by industry: a machining shop never sees questions meant for a "
                        "food plant, so the count drops from 100 to about 45."
                    ),
                ),
                (
                    (
                        "Mỗi câu hỏi có ảnh minh họa các mức, ví dụ từ sổ tay ghi sản lượng đến bảng điện "
                        "tử tự cập nhật từ máy."
                    ),
                    (
                        "Each question shows pictures of its levels, for example from a handwritten output "
                        "log to a board updated automatically from machines."
                    ),
                ),
                (
                    (
                        "Doanh nghiệp tải lên tệp Excel sản xuất và hóa đơn điện tử; công cụ tự kiểm tra "
                        "chéo câu trả lời với dữ liệu thật."
                    ),
                    (
                        "Firms upload their production Excel files and e-invoices; the tool cross-checks "
                        "their answers against real data."
                    ),
                ),
                (
                    (
                        "Kết quả chấm theo ba trụ cột quy trình, công nghệ và tổ chức, so sánh với doanh "
                        "nghiệp cùng ngành và quy mô."
                    ),
                    (
                        "Scores cover the three pillars of process, technology and organisation, "
                        "benchmarked against firms of the same industry and size."
                    ),
                ),
                (
                    (
                        "Trong đợt thử với {n_mid} doanh nghiệp, kết quả tự đánh giá khớp với chuyên gia ở "
                        "{pct2}% tiêu chí trở lên."
                    ),
                    (
                        "In a trial with {n_mid} firms, self-assessment results matched the experts on "
                        "{pct2}% of criteria or more."
                    ),
                ),
                (
                    (
                        "Chủ doanh nghiệp có thể mời quản đốc và kế toán cùng trả lời, mỗi người phụ trách "
                        "phần mình nắm rõ."
                    ),
                    (
                        "Owners can invite their shop-floor manager and accountant to answer the parts "
                        "each of them knows best."
                    ),
                ),
            ],
        ),
        Archetype(
            titles=[
                (
                    "Đo dữ liệu máy thật để đánh giá mức độ sẵn sàng, không chỉ dựa vào bảng hỏi",
                    "Assessing readiness from real machine data, not only questionnaires",
                ),
                (
                    "Bộ cảm biến cắm là chạy cho đánh giá nhà máy nhỏ",
                    "Plug-and-play sensor kit for small factory assessments",
                ),
            ],
            pitches=[
                (
                    (
                        "{name} cho mượn bộ cảm biến gắn ngoài máy trong hai tuần để đo thời gian chạy, "
                        "dừng và năng lượng, rồi đưa số liệu thật vào kết quả đánh giá."
                    ),
                    (
                        "{name} lends factories a clip-on sensor kit for two weeks to measure run time, "
                        "stops and energy, then feeds the real figures into the readiness assessment."
                    ),
                ),
                (
                    (
                        "Chúng tôi bổ sung cho bảng hỏi bằng dữ liệu đo được tại xưởng, để đánh giá không "
                        "phụ thuộc vào cảm nhận của chủ doanh nghiệp."
                    ),
                    (
                        "We complement questionnaires with data measured on the shop floor, so the "
                        "assessment does not depend on the owner's impressions."
                    ),
                ),
            ],
            approach=[
                (
                    (
                        "Cảm biến dòng điện kẹp ngoài dây nguồn, không cần can thiệp vào máy, lắp xong "
                        "trong 15 phút cho mỗi máy."
                    ),
                    (
                        "Current sensors clamp onto the power cable without touching the machine and take "
                        "15 minutes per machine to fit."
                    ),
                ),
                (
                    (
                        "Hệ thống tính hiệu suất thiết bị tổng thể (OEE), thời gian dừng và điện năng tiêu "
                        "thụ cho từng máy."
                    ),
                    (
                        "The system computes overall equipment effectiveness (OEE), downtime and energy "
                        "use for each machine."
                    ),
                ),
                (
                    (
                        "Dữ liệu đo được đưa vào các tiêu chí về tự động hóa và kết nối của khung đánh "
                        "giá, thay cho câu trả lời cảm tính."
                    ),
                    (
                        "Measured data feeds the automation and connectivity criteria of the framework "
                        "instead of subjective answers."
                    ),
                ),
                (
                    (
                        "Nhiều xưởng phát hiện máy chỉ chạy {pct2}% thời gian ca, một con số thuyết phục "
                        "hơn mọi lời khuyên."
                    ),
                    (
                        "Many shops discover their machines run only {pct2}% of the shift, a figure more "
                        "convincing than any advice."
                    ),
                ),
                (
                    (
                        "Sau đánh giá, doanh nghiệp có thể giữ bộ cảm biến với phí thuê thấp để theo dõi "
                        "tiến bộ."
                    ),
                    (
                        "After the assessment, firms can keep the kit for a small rental fee to track "
                        "their progress."
                    ),
                ),
            ],
        ),
        Archetype(
            titles=[
                (
                    "Lộ trình chuyển đổi số 6–12–24 tháng có dự toán cho từng doanh nghiệp",
                    "A costed 6–12–24 month transformation roadmap for each firm",
                ),
                (
                    "Từ điểm đánh giá đến kế hoạch hành động và nhà cung cấp phù hợp",
                    "From readiness score to an action plan and the right suppliers",
                ),
            ],
            pitches=[
                (
                    (
                        "{name} biến kết quả đánh giá thành lộ trình hành động cụ thể: việc cần làm trong "
                        "nửa năm, một năm và hai năm tới, kèm dự toán và chương trình hỗ trợ có thể xin."
                    ),
                    (
                        "{name} turns assessment results into a concrete action plan: what to do in 6, 12 "
                        "and 24 months, estimated costs and the support programmes to apply for."
                    ),
                ),
                (
                    (
                        "Chúng tôi giúp chủ doanh nghiệp nhỏ biết nên đầu tư gì trước, tránh mua phần mềm "
                        "đắt tiền rồi bỏ dở."
                    ),
                    (
                        "We help small business owners know what to invest in first, instead of buying "
                        "expensive software and abandoning it."
                    ),
                ),
            ],
            approach=[
                (
                    (
                        "Thư viện hơn {n_big} giải pháp mẫu được gắn với từng mức của khung đánh giá, kèm "
                        "chi phí thực tế từ các dự án đã làm."
                    ),
                    (
                        "A library of more than {n_big} template actions is linked to each level of the "
                        "framework, with real costs from past projects."
                    ),
                ),
                (
                    (
                        "Thuật toán ưu tiên việc có thời gian hoàn vốn ngắn và ít phụ thuộc nhau, ví dụ số "
                        "hóa phiếu công việc trước khi kết nối máy."
                    ),
                    (
                        "The algorithm favours quick-payback, independent steps, such as digitising job "
                        "cards before connecting machines."
                    ),
                ),
                (
                    (
                        "Lộ trình gợi ý chương trình hỗ trợ đổi mới công nghệ của thành phố và các gói vay "
                        "ưu đãi mà doanh nghiệp đủ điều kiện."
                    ),
                    (
                        "The roadmap points to the city's technology innovation programmes and the "
                        "concessional loans the firm qualifies for."
                    ),
                ),
                (
                    (
                        "Mỗi hạng mục đi kèm danh sách nhà cung cấp giải pháp đã được thẩm định, để chủ "
                        "doanh nghiệp so sánh báo giá."
                    ),
                    "Each item comes with vetted solution providers so that owners can compare quotes.",
                ),
                (
                    (
                        "Sở có thể xem bức tranh tổng hợp theo ngành và khu công nghiệp để thiết kế chính "
                        "sách hỗ trợ."
                    ),
                    (
                        "The Department can see aggregated results by industry and industrial park to "
                        "design support policies."
                    ),
                ),
            ],
        ),
        Archetype(
            titles=[
                (
                    "Trợ lý AI hướng dẫn chủ xưởng tự đánh giá và lập kế hoạch",
                    "An AI assistant that guides factory owners through assessment and planning",
                ),
                ("Đánh giá sẵn sàng qua trò chuyện trên Zalo", "Readiness assessment by chat on Zalo"),
            ],
            pitches=[
                (
                    (
                        "{name} là trợ lý AI trò chuyện bằng tiếng Việt trên Zalo, hỏi chủ xưởng về cách "
                        "vận hành hằng ngày rồi tự điền bộ tiêu chí đánh giá mức độ sẵn sàng."
                    ),
                    (
                        "{name} is a Vietnamese-speaking AI assistant on Zalo that asks factory owners "
                        "about their daily operations and fills in the readiness criteria itself."
                    ),
                ),
                (
                    (
                        "Chúng tôi thay bảng hỏi dài bằng một cuộc trò chuyện tự nhiên, phù hợp với chủ "
                        "doanh nghiệp bận rộn và không có bộ phận IT."
                    ),
                    (
                        "We replace long questionnaires with a natural conversation that suits busy owners "
                        "without an IT department."
                    ),
                ),
            ],
            approach=[
                (
                    (
                        "Trợ lý hỏi theo ngôn ngữ quen thuộc như 'anh chị ghi sản lượng mỗi ca bằng gì?' "
                        "rồi ánh xạ câu trả lời vào tiêu chí của khung đánh giá."
                    ),
                    (
                        "The assistant asks familiar questions such as 'how do you record output each "
                        "shift?' and maps the answers onto the framework's criteria."
                    ),
                ),
                (
                    (
                        "Chủ xưởng có thể gửi ảnh bảng kế hoạch, phiếu xuất kho hoặc màn hình phần mềm để "
                        "trợ lý nhận diện mức độ số hóa."
                    ),
                    (
                        "Owners can send photos of planning boards, stock slips or software screens so "
                        "that the assistant recognises their level of digitisation."
                    ),
                ),
                (
                    (
                        "Mọi câu trả lời được lưu lại cùng bằng chứng, để chuyên gia của Sở kiểm tra nhanh "
                        "khi cần."
                    ),
                    (
                        "Every answer is stored with its evidence, so the Department's experts can check "
                        "quickly when needed."
                    ),
                ),
                (
                    (
                        "Thời gian trung bình để hoàn thành đánh giá trong thử nghiệm là {n_mid} phút, "
                        "chia thành nhiều lần trò chuyện ngắn."
                    ),
                    (
                        "Average completion time in our trial was {n_mid} minutes, split over several "
                        "short chats."
                    ),
                ),
                (
                    "Cuối cùng, trợ lý gửi báo cáo PDF và gợi ý ba việc nên làm ngay trong tháng tới.",
                    (
                        "At the end, the assistant sends a PDF report and three things to do in the coming "
                        "month."
                    ),
                ),
            ],
        ),
    ],
    local=[
        (
            (
                "Chúng tôi đã làm việc với nhiều xưởng cơ khí và nhựa ở khu công nghiệp Tân Tạo và Vĩnh "
                "Lộc, nơi chủ doanh nghiệp thường kiêm luôn quản đốc."
            ),
            (
                "We have worked with many machining and plastics shops in the Tân Tạo and Vĩnh Lộc "
                "industrial parks, where the owner is often also the shop-floor manager."
            ),
        ),
        (
            (
                "Chúng tôi hiểu nỗi lo của doanh nghiệp nhỏ khi từng mua ERP rồi bỏ dở, nên kết quả luôn "
                "bắt đầu bằng những bước nhỏ, tốn ít tiền."
            ),
            (
                "We understand small firms' fear after abandoned ERP projects, so results always start "
                "with small, cheap steps."
            ),
        ),
        (
            (
                "Công cụ dùng được trên điện thoại vì nhiều chủ xưởng làm việc ngay trong xưởng, ít khi "
                "ngồi máy tính."
            ),
            (
                "The tool works on a phone because many owners spend their day on the shop floor, rarely "
                "at a computer."
            ),
        ),
        (
            (
                "Hai thành viên của nhóm từng là chuyên gia đánh giá trong chương trình hỗ trợ doanh "
                "nghiệp của thành phố."
            ),
            "Two team members used to be assessors in the city's business support programme.",
        ),
        (
            (
                "Các hiệp hội như Hiệp hội Doanh nghiệp Cơ khí Điện TP.HCM là kênh chúng tôi muốn dùng để "
                "mời doanh nghiệp tham gia."
            ),
            (
                "Associations such as the HCMC Mechanical and Electrical Enterprises Association are the "
                "channel we want to use to invite firms."
            ),
        ),
        (
            "Dữ liệu đánh giá 2021–2025 của Sở giúp hiệu chỉnh thang điểm cho sát với doanh nghiệp Việt Nam.",
            "The Department's 2021–2025 assessment data will help calibrate the scale to Vietnamese firms.",
        ),
    ],
    fit=[
        (
            (
                "Thử thách cần giảm chi phí và thời gian đánh giá để phục vụ 1.000 doanh nghiệp, và công "
                "cụ tự đánh giá của chúng tôi được làm cho quy mô đó."
            ),
            (
                "The challenge needs cheaper, faster assessments to reach 1,000 firms, and our "
                "self-assessment tool is built for that scale."
            ),
        ),
        (
            "Kết quả là một lộ trình có chi phí và chương trình hỗ trợ cụ thể, đúng đầu ra mà Sở yêu cầu.",
            (
                "The output is a roadmap with costs and specific support programmes, exactly what the "
                "Department asks for."
            ),
        ),
        (
            (
                "Chúng tôi dùng một khung đánh giá mức trưởng thành có uy tín quốc tế và có thể đối chiếu "
                "với bộ tiêu chí hiện hành của Sở."
            ),
            (
                "We use an internationally recognised maturity model and can map it onto the Department's "
                "current criteria."
            ),
        ),
        (
            (
                "Sản phẩm viết bằng tiếng Việt cho chủ xưởng không có bộ phận IT, không phải bản dịch của "
                "phần mềm nước ngoài."
            ),
            (
                "The product is written in Vietnamese for owners without an IT department, not translated "
                "from foreign software."
            ),
        ),
        (
            "Chỉ tiêu khớp 85% với chuyên gia là mức chúng tôi đã đạt trong đợt thử trước.",
            "The 85% agreement with experts is the level we reached in our previous trial.",
        ),
        (
            "Dữ liệu tổng hợp giúp Sở thiết kế chính sách, một đầu ra mà thử thách nêu rõ.",
            "Aggregated data helps the Department design policy, an outcome the challenge states explicitly.",
        ),
    ],
    pilot=[
        (
            (
                "Tháng đầu: hiệu chỉnh bộ câu hỏi với chuyên gia của Sở và chạy thử với 20 doanh nghiệp "
                "mẫu đã được chuyên gia đánh giá."
            ),
            (
                "Month one: calibrate the questions with the Department's experts and test them on the 20 "
                "sample firms the experts have assessed."
            ),
        ),
        (
            (
                "Từ tháng thứ hai, mở cho doanh nghiệp qua các hiệp hội, mục tiêu {n_big} lượt đánh giá "
                "trong {months} tháng."
            ),
            (
                "From month two, open to firms through the associations, aiming for {n_big} assessments "
                "within {months} months."
            ),
        ),
        (
            (
                "Mỗi tuần chúng tôi gọi điện cho {n_small} doanh nghiệp để hỏi họ đã làm được việc nào "
                "trong lộ trình."
            ),
            "Each week we call {n_small} firms to ask which roadmap steps they have completed.",
        ),
        (
            (
                "Chỉ số theo dõi gồm thời gian hoàn thành, tỷ lệ khớp với chuyên gia, mức hài lòng và số "
                "doanh nghiệp bắt đầu thực hiện lộ trình."
            ),
            (
                "We track completion time, agreement with experts, satisfaction and how many firms start "
                "their roadmap."
            ),
        ),
        (
            "Cuối thí điểm, Sở nhận báo cáo tổng hợp theo ngành và đề xuất cập nhật bộ tiêu chí.",
            (
                "At the end, the Department receives an industry-level report and a proposal to update the "
                "criteria."
            ),
        ),
        (
            (
                "Chúng tôi tổ chức {n_small} buổi hội thảo tại khu công nghiệp để hướng dẫn doanh nghiệp "
                "dùng công cụ."
            ),
            "We hold {n_small} workshops in industrial parks to show firms how to use the tool.",
        ),
    ],
    weak=[
        Archetype(
            titles=[
                ("Phần mềm ERP trên đám mây cho doanh nghiệp nhỏ", "Cloud ERP for small businesses"),
                (
                    "Quản lý bán hàng, kho và kế toán trên một nền tảng",
                    "Sales, inventory and accounting on one platform",
                ),
            ],
            pitches=[
                (
                    (
                        "{name} là phần mềm ERP trên đám mây cho doanh nghiệp nhỏ, gồm bán hàng, kho, mua "
                        "hàng và kế toán."
                    ),
                    (
                        "{name} is cloud ERP for small businesses covering sales, inventory, purchasing "
                        "and accounting."
                    ),
                ),
            ],
            approach=[
                (
                    "Phần mềm kết nối hóa đơn điện tử và ngân hàng.",
                    "The software connects to e-invoicing and banks.",
                ),
                ("Doanh nghiệp triển khai trong hai tuần.", "Firms go live within two weeks."),
                (
                    "Chúng tôi có module sản xuất đơn giản cho xưởng nhỏ.",
                    "We offer a simple production module for small workshops.",
                ),
                (
                    "Chúng tôi có thể thêm bảng hỏi đánh giá vào phần mềm.",
                    "We could add an assessment questionnaire to the software.",
                ),
            ],
        ),
        Archetype(
            titles=[
                (
                    "Đào tạo chuyển đổi số trực tuyến cho chủ doanh nghiệp",
                    "Online digital transformation courses for business owners",
                ),
                (
                    "Khóa học ngắn về công nghệ cho doanh nghiệp nhỏ",
                    "Short technology courses for small businesses",
                ),
            ],
            pitches=[
                (
                    (
                        "{name} cung cấp khóa học trực tuyến về chuyển đổi số, marketing và quản trị cho "
                        "chủ doanh nghiệp nhỏ."
                    ),
                    (
                        "{name} offers online courses on digital transformation, marketing and management "
                        "for small business owners."
                    ),
                ),
            ],
            approach=[
                (
                    "Mỗi khóa gồm video ngắn và bài tập áp dụng.",
                    "Each course has short videos and practical exercises.",
                ),
                (
                    "Học viên được cấp chứng nhận sau khi hoàn thành.",
                    "Learners receive a certificate on completion.",
                ),
                (
                    "Chúng tôi có bài kiểm tra đầu vào về hiểu biết công nghệ.",
                    "We run an entry quiz on technology awareness.",
                ),
                ("Đã có hơn {n_big} học viên tham gia.", "More than {n_big} learners have taken part."),
            ],
        ),
        Archetype(
            titles=[
                ("Giám sát điện năng cho nhà xưởng", "Energy monitoring for factories"),
                ("Tiết kiệm điện cho doanh nghiệp sản xuất", "Saving electricity for manufacturers"),
            ],
            pitches=[
                (
                    "{name} lắp đồng hồ điện thông minh và cảnh báo lãng phí điện năng cho nhà xưởng.",
                    "{name} installs smart meters and flags electricity waste in factories.",
                ),
            ],
            approach=[
                (
                    "Dữ liệu điện năng được hiển thị theo giờ trên điện thoại.",
                    "Energy data is shown hour by hour on a phone.",
                ),
                (
                    "Hệ thống gợi ý dời phụ tải sang giờ thấp điểm.",
                    "The system suggests shifting loads to off-peak hours.",
                ),
                (
                    "Khách hàng tiết kiệm trung bình {pct}% tiền điện.",
                    "Customers save {pct}% on electricity on average.",
                ),
                (
                    "Chúng tôi chưa làm đánh giá tổng thể về sản xuất thông minh.",
                    "We do not assess smart manufacturing as a whole.",
                ),
            ],
        ),
    ],
    weak_fit=[
        (
            (
                "Sản phẩm của chúng tôi giúp doanh nghiệp số hóa một phần hoạt động, nhưng chưa phải công "
                "cụ đánh giá mức độ sẵn sàng."
            ),
            (
                "Our product helps firms digitise part of their operations, but it is not a readiness "
                "assessment tool."
            ),
        ),
        (
            "Chúng tôi có thể là một trong các nhà cung cấp được giới thiệu trong lộ trình của doanh nghiệp.",
            "We could be one of the suppliers recommended in a firm's roadmap.",
        ),
        (
            "Khách hàng của chúng tôi là doanh nghiệp nhỏ, cùng nhóm đối tượng với thử thách.",
            "Our customers are small businesses, the same audience as the challenge.",
        ),
    ],
)
