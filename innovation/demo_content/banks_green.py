"""What startups write in answer to the ESG scoring for green SME loans challenge."""

from __future__ import annotations

from innovation.demo_content.bank import Archetype, ChallengeBank

BANK = ChallengeBank(
    keywords={
        "vi": [
            "tín dụng xanh",
            "chấm điểm ESG",
            "doanh nghiệp nhỏ và vừa",
            "phát thải",
            "phân loại xanh",
            "rủi ro môi trường",
            "khoản vay",
            "dữ liệu thay thế",
        ],
        "en": [
            "green credit",
            "ESG scoring",
            "SME",
            "emissions",
            "green taxonomy",
            "environmental risk",
            "loan",
            "alternative data",
        ],
    },
    customers=("ngân hàng và công ty tài chính", "banks and finance companies"),
    stems=["Carbon", "Verde", "Leaf", "Xanh", "Ledger", "Impact", "Sustain", "Climate"],
    team_bg=[
        (
            "có 9 năm làm quản lý rủi ro tín dụng tại ngân hàng",
            "spent nine years in credit risk management at a bank",
        ),
        ("từng làm tư vấn ESG cho các quỹ đầu tư", "worked as an ESG consultant for investment funds"),
        (
            "từng kiểm kê khí nhà kính cho doanh nghiệp xuất khẩu",
            "ran greenhouse gas inventories for exporters",
        ),
    ],
    strong=[
        Archetype(
            titles=[
                (
                    "Điểm ESG của doanh nghiệp nhỏ tính từ hóa đơn điện tử và tiền điện hằng tháng",
                    "ESG scores for small firms from e-invoices and electricity bills",
                ),
                (
                    "Điểm ESG có giải thích cho từng hồ sơ vay doanh nghiệp nhỏ",
                    "Explainable ESG scores for every SME loan file",
                ),
            ],
            pitches=[
                (
                    (
                        "{name} chấm điểm ESG cho doanh nghiệp nhỏ và vừa từ dữ liệu họ đã có sẵn: hóa đơn "
                        "điện hằng tháng, hóa đơn điện tử đầu vào, chứng nhận và lịch sử xử phạt môi "
                        "trường."
                    ),
                    (
                        "{name} scores small and medium firms on ESG from data they already have: "
                        "electricity bills, purchase e-invoices, certificates and records of environmental "
                        "fines."
                    ),
                ),
                (
                    (
                        "Chúng tôi giúp cán bộ tín dụng có điểm ESG kèm giải thích trong vài phút, thay vì "
                        "đọc giấy tờ và đi thực địa nhiều ngày."
                    ),
                    (
                        "We give credit officers an explained ESG score in minutes instead of days of "
                        "reading documents and visiting sites."
                    ),
                ),
            ],
            approach=[
                (
                    (
                        "Với sự đồng ý của khách hàng, hệ thống đọc hóa đơn điện tử đầu vào để biết doanh "
                        "nghiệp mua bao nhiêu than, dầu, hóa chất và vật tư tái chế."
                    ),
                    (
                        "With the customer's consent, the system reads purchase e-invoices to see how much "
                        "coal, oil, chemicals and recycled materials the firm buys."
                    ),
                ),
                (
                    (
                        "Hóa đơn tiền điện 24 tháng cho phép ước tính phát thải phạm vi 2 và phát hiện nhà "
                        "xưởng tiêu thụ điện bất thường so với cùng ngành."
                    ),
                    (
                        "Twenty-four months of electricity bills let us estimate scope 2 emissions and "
                        "spot factories using far more power than their peers."
                    ),
                ),
                (
                    (
                        "Mô hình chấm điểm gồm ba trụ cột môi trường, xã hội và quản trị, với trọng số do "
                        "ngân hàng điều chỉnh được."
                    ),
                    (
                        "The scoring model covers environment, social and governance pillars, with weights "
                        "the bank can adjust."
                    ),
                ),
                (
                    (
                        "Mỗi điểm số đi kèm danh sách bằng chứng và mức đóng góp của từng yếu tố, để kiểm "
                        "toán có thể kiểm chứng lại."
                    ),
                    (
                        "Every score comes with its evidence and the contribution of each factor, so that "
                        "auditors can verify it."
                    ),
                ),
                (
                    (
                        "Hệ thống gợi ý cho doanh nghiệp ba việc cải thiện điểm, ví dụ lắp pin mặt trời "
                        "trên mái hoặc bỏ lò hơi than."
                    ),
                    (
                        "The system suggests three ways for the firm to improve its score, such as rooftop "
                        "solar or replacing a coal boiler."
                    ),
                ),
                (
                    (
                        "Ở một công ty tài chính đối tác, thời gian thẩm định phần môi trường giảm từ "
                        "{n_small} ngày xuống dưới một ngày."
                    ),
                    (
                        "At a partner finance company, environmental appraisal time fell from {n_small} "
                        "days to less than one."
                    ),
                ),
            ],
        ),
        Archetype(
            titles=[
                (
                    "Dùng AI xếp khoản vay vào danh mục phân loại xanh quốc gia",
                    "AI classification of loans under the national green taxonomy",
                ),
                (
                    "Tự động xác định khoản vay xanh và báo cáo cho Ngân hàng Nhà nước",
                    "Automatic green loan tagging and reporting to the State Bank",
                ),
            ],
            pitches=[
                (
                    (
                        "{name} đọc hồ sơ vay và mục đích sử dụng vốn rồi xếp khoản vay vào đúng nhóm của "
                        "danh mục phân loại xanh quốc gia, kèm trích dẫn tiêu chí áp dụng."
                    ),
                    (
                        "{name} reads loan files and the purpose of the loan to classify it under the "
                        "national green taxonomy, citing the criteria that apply."
                    ),
                ),
                (
                    (
                        "Chúng tôi tự động hóa khâu phân loại tín dụng xanh và lập báo cáo định kỳ mà ngân "
                        "hàng phải gửi cơ quan quản lý và nhà tài trợ."
                    ),
                    (
                        "We automate green credit tagging and the periodic reports banks owe regulators "
                        "and funders."
                    ),
                ),
            ],
            approach=[
                (
                    (
                        "Mô hình ngôn ngữ tiếng Việt trích xuất thông tin dự án từ phương án kinh doanh, "
                        "giấy phép môi trường và hợp đồng mua thiết bị."
                    ),
                    (
                        "A Vietnamese language model extracts project details from business plans, "
                        "environmental permits and equipment purchase contracts."
                    ),
                ),
                (
                    (
                        "Mỗi khoản vay được đối chiếu với tiêu chí kỹ thuật của danh mục phân loại xanh, "
                        "ví dụ hiệu suất tấm pin hay tỷ lệ nước thải được xử lý."
                    ),
                    (
                        "Each loan is checked against the taxonomy's technical criteria, such as panel "
                        "efficiency or the share of wastewater treated."
                    ),
                ),
                (
                    (
                        "Khi thiếu thông tin, hệ thống tạo danh sách câu hỏi để cán bộ tín dụng bổ sung "
                        "với khách hàng, không tự đoán."
                    ),
                    (
                        "When information is missing, the system lists the questions the credit officer "
                        "should ask the customer rather than guessing."
                    ),
                ),
                (
                    (
                        "Báo cáo tác động tổng hợp lượng CO2 tránh được của danh mục theo định dạng các "
                        "định chế tài chính quốc tế yêu cầu."
                    ),
                    (
                        "The impact report sums up the CO2 avoided by the portfolio in the format "
                        "international finance institutions require."
                    ),
                ),
                (
                    (
                        "Trên {n_big} hồ sơ thử nghiệm, kết quả phân loại khớp với chuyên gia rủi ro ở "
                        "{pct2}% trường hợp trở lên."
                    ),
                    (
                        "On {n_big} test files, classifications matched risk experts in {pct2}% of cases "
                        "or more."
                    ),
                ),
            ],
        ),
        Archetype(
            titles=[
                (
                    "Rủi ro môi trường nhà xưởng từ ảnh vệ tinh và dữ liệu vị trí",
                    "Factory environmental risk from satellite images and location data",
                ),
                (
                    "Sàng lọc rủi ro ngập, ô nhiễm và khu bảo tồn cho từng địa chỉ vay",
                    "Screening each borrower address for flood, pollution and protected-area risk",
                ),
            ],
            pitches=[
                (
                    (
                        "{name} đánh giá rủi ro môi trường của nhà xưởng từ vị trí và ảnh vệ tinh: nguy cơ "
                        "ngập, gần nguồn nước, khu dân cư hay khu bảo tồn, và dấu hiệu xả thải."
                    ),
                    (
                        "{name} assesses a factory's environmental risk from its location and satellite "
                        "images: flood exposure, proximity to water, housing or protected areas, and signs "
                        "of discharge."
                    ),
                ),
                (
                    (
                        "Chúng tôi cho ngân hàng một lớp dữ liệu không gian để sàng lọc rủi ro môi trường "
                        "trước khi cán bộ đi thực địa."
                    ),
                    (
                        "We give banks a geospatial layer to screen environmental risk before an officer "
                        "ever visits the site."
                    ),
                ),
            ],
            approach=[
                (
                    (
                        "Địa chỉ nhà xưởng được chuẩn hóa và gắn tọa độ, kể cả địa chỉ cũ trước khi sắp "
                        "xếp đơn vị hành chính."
                    ),
                    (
                        "Factory addresses are normalised and geocoded, including addresses from before "
                        "the administrative reorganisation."
                    ),
                ),
                (
                    (
                        "Ảnh vệ tinh Sentinel và ảnh độ phân giải cao được dùng để phát hiện mái nhà "
                        "xưởng, bãi chứa chất thải và thay đổi mặt nước."
                    ),
                    (
                        "Sentinel and high-resolution images are used to detect factory roofs, waste yards "
                        "and changes in surface water."
                    ),
                ),
                (
                    (
                        "Diện tích mái được dùng để ước tính tiềm năng điện mặt trời áp mái, một loại "
                        "khoản vay xanh phổ biến."
                    ),
                    "Roof area feeds an estimate of rooftop solar potential, a common green loan.",
                ),
                (
                    (
                        "Điểm rủi ro khí hậu cho biết nguy cơ ngập của nhà xưởng đến năm 2050, hữu ích với "
                        "khoản vay dài hạn."
                    ),
                    (
                        "A climate risk score shows the factory's flood exposure up to 2050, useful for "
                        "long-term loans."
                    ),
                ),
                (
                    "Kết quả trả về qua API trong vài giây và hiển thị trên bản đồ cho cán bộ tín dụng.",
                    (
                        "Results come back through an API within seconds and appear on a map for the "
                        "credit officer."
                    ),
                ),
            ],
        ),
        Archetype(
            titles=[
                (
                    "Đo đếm phát thải và tiết kiệm của dự án vay xanh sau giải ngân",
                    "Measuring the emissions and savings of green loan projects after disbursement",
                ),
                (
                    "Theo dõi tác động thực của khoản vay xanh bằng đồng hồ thông minh",
                    "Tracking the real impact of green loans with smart meters",
                ),
            ],
            pitches=[
                (
                    (
                        "{name} đo lượng điện mặt trời phát ra, điện năng tiết kiệm và phát thải tránh "
                        "được của từng dự án vay xanh, để ngân hàng báo cáo tác động bằng số liệu thật."
                    ),
                    (
                        "{name} measures the solar output, energy saved and emissions avoided by each "
                        "green loan project, so banks report impact with real data."
                    ),
                ),
                (
                    "Chúng tôi giải bài toán sau giải ngân: chứng minh khoản vay xanh thực sự xanh.",
                    "We solve the post-disbursement problem: proving that a green loan really is green.",
                ),
            ],
            approach=[
                (
                    (
                        "Đồng hồ đo và bộ thu dữ liệu gửi số liệu mỗi 15 phút về nền tảng, đối chiếu với "
                        "dự toán trong hồ sơ vay."
                    ),
                    (
                        "Meters and data loggers report every 15 minutes to the platform, where figures "
                        "are compared with the loan file's estimates."
                    ),
                ),
                (
                    "Hệ thống tính phát thải tránh được theo hệ số phát thải lưới điện Việt Nam hiện hành.",
                    "Avoided emissions are computed with the current emission factor of Vietnam's grid.",
                ),
                (
                    (
                        "Khi sản lượng thấp hơn dự kiến, ngân hàng và khách hàng nhận cảnh báo để bảo trì "
                        "kịp thời, giảm rủi ro trả nợ."
                    ),
                    (
                        "When output falls short, the bank and the customer are alerted so maintenance "
                        "happens in time, which lowers repayment risk."
                    ),
                ),
                (
                    "Số liệu đo được đưa ngược vào mô hình chấm điểm ESG, giúp điểm số ngày càng chính xác.",
                    (
                        "Measured data flows back into the ESG scoring model, making scores more accurate "
                        "over time."
                    ),
                ),
                (
                    (
                        "Chúng tôi đang theo dõi {n_big} hệ thống điện mặt trời áp mái của doanh nghiệp ở "
                        "Bình Dương và Long An."
                    ),
                    (
                        "We currently monitor {n_big} rooftop solar systems of businesses in Bình Dương "
                        "and Long An."
                    ),
                ),
            ],
        ),
    ],
    local=[
        (
            (
                "Chúng tôi hiểu rằng doanh nghiệp nhỏ ở Bình Dương và Long An hầu như không có báo cáo "
                "phát thải, nên giải pháp phải dựa vào dữ liệu họ đã có."
            ),
            (
                "We know that small firms in Bình Dương and Long An almost never have emissions reports, "
                "so the solution must rely on data they already hold."
            ),
        ),
        (
            (
                "Giải pháp tuân thủ các quy định về rủi ro môi trường khi cấp tín dụng của Ngân hàng Nhà "
                "nước và danh mục phân loại xanh quốc gia."
            ),
            (
                "The solution follows the State Bank's environmental risk rules for lending and the "
                "national green taxonomy."
            ),
        ),
        (
            (
                "Hóa đơn điện tử đã bắt buộc với mọi doanh nghiệp Việt Nam, nên đây là nguồn dữ liệu thay "
                "thế đáng tin cậy và phổ biến."
            ),
            (
                "E-invoices are mandatory for every Vietnamese business, which makes them a reliable and "
                "universal source of alternative data."
            ),
        ),
        (
            (
                "Nhiều khoản vay xanh của doanh nghiệp nhỏ là để lắp pin mặt trời trên mái xưởng, đổi lò "
                "hơi than sang nhiên liệu sạch hơn hoặc xây hệ thống xử lý nước thải; mô hình của chúng "
                "tôi có tiêu chí riêng cho từng loại."
            ),
            (
                "Many SME green loans finance rooftop solar, replacing coal boilers or wastewater "
                "treatment; our model has specific criteria for each."
            ),
        ),
        (
            (
                "Chúng tôi đã làm việc với phòng quản lý rủi ro của hai ngân hàng thương mại trong nước và "
                "hiểu quy trình thẩm định hiện nay."
            ),
            (
                "We have worked with the risk departments of two Vietnamese commercial banks and "
                "understand today's appraisal process."
            ),
        ),
        (
            (
                "Các định chế tài chính quốc tế cho vay lại qua ngân hàng Việt Nam yêu cầu báo cáo tác "
                "động, và định dạng của chúng tôi đã được một quỹ chấp nhận."
            ),
            (
                "International finance institutions lending through Vietnamese banks require impact "
                "reports, and one fund has already accepted our format."
            ),
        ),
    ],
    fit=[
        (
            (
                "Thử thách muốn giảm thời gian thẩm định phần môi trường từ 10 ngày xuống 2 ngày, và quy "
                "trình của chúng tôi cho kết quả trong ngày."
            ),
            (
                "The challenge wants environmental appraisal cut from 10 days to 2, and our process "
                "delivers results the same day."
            ),
        ),
        (
            (
                "Mọi điểm số đều có giải thích và bằng chứng, đáp ứng yêu cầu kiểm chứng của kiểm toán và "
                "cán bộ tín dụng."
            ),
            (
                "Every score is explained and backed by evidence, meeting the auditors' and credit "
                "officers' need to verify it."
            ),
        ),
        (
            (
                "Chúng tôi kết nối vào hệ thống khởi tạo khoản vay qua API, không thay đổi quy trình phê "
                "duyệt hiện có của ngân hàng."
            ),
            (
                "We integrate with the loan origination system through APIs without changing the bank's "
                "approval workflow."
            ),
        ),
        (
            (
                "Dữ liệu khách hàng chỉ được dùng khi có sự đồng ý và được xử lý theo Nghị định 13/2023, "
                "đúng yêu cầu của thử thách."
            ),
            (
                "Customer data is used only with consent and processed under Decree 13/2023, as the "
                "challenge requires."
            ),
        ),
        (
            (
                "Giải pháp giúp ngân hàng tiến tới mục tiêu 10% tín dụng xanh vào năm 2028 bằng cách tìm "
                "ra khách hàng đủ điều kiện nhanh hơn."
            ),
            (
                "The solution helps the bank towards its 10% green credit target for 2028 by finding "
                "eligible customers faster."
            ),
        ),
        (
            (
                "Chúng tôi đã có khách hàng là tổ chức tín dụng, nên quen với yêu cầu bảo mật và kiểm toán "
                "của ngành ngân hàng."
            ),
            (
                "We already serve credit institutions and know the banking sector's security and audit "
                "requirements."
            ),
        ),
    ],
    pilot=[
        (
            (
                "Tháng đầu: nhận dữ liệu hồ sơ vay đã ẩn danh, hiệu chỉnh mô hình với chuyên gia rủi ro "
                "của ngân hàng."
            ),
            "Month one: receive anonymised loan files and calibrate the model with the bank's risk experts.",
        ),
        (
            "Từ tuần thứ {weeks}, chấm điểm song song {n_big} hồ sơ đã có kết quả thẩm định để so sánh.",
            "From week {weeks}, score {n_big} already appraised files in parallel for comparison.",
        ),
        (
            (
                "Tiếp theo, cán bộ tín dụng ở {n_small} chi nhánh dùng điểm số cho hồ sơ mới, có ghi nhận "
                "phản hồi từng trường hợp."
            ),
            (
                "Next, credit officers in {n_small} branches use the scores on new files and give feedback "
                "case by case."
            ),
        ),
        (
            (
                "Chỉ số đánh giá: thời gian thẩm định, tỷ lệ đồng ý của chuyên gia rủi ro và số hồ sơ vay "
                "xanh mới được phát hiện."
            ),
            (
                "Metrics: appraisal time, agreement rate of risk experts and the number of new green loans "
                "identified."
            ),
        ),
        (
            (
                "Sau {months} tháng, chúng tôi bàn giao báo cáo tác động mẫu của danh mục vay xanh cho "
                "ngân hàng."
            ),
            "After {months} months we hand over a sample impact report of the green loan portfolio.",
        ),
        (
            (
                "Mô hình được triển khai trong môi trường thử nghiệm của ngân hàng, dữ liệu không rời khỏi "
                "hệ thống của ngân hàng."
            ),
            "The model runs in the bank's test environment, and data never leaves the bank's systems.",
        ),
    ],
    weak=[
        Archetype(
            titles=[
                (
                    "Chấm điểm tín dụng cho hộ kinh doanh bằng dữ liệu thay thế",
                    "Credit scoring for household businesses from alternative data",
                ),
                (
                    "Chấm điểm tín dụng từ dữ liệu điện thoại và ví điện tử",
                    "Credit scores from mobile and e-wallet data",
                ),
            ],
            pitches=[
                (
                    (
                        "{name} chấm điểm tín dụng cho hộ kinh doanh và người vay nhỏ từ dữ liệu điện "
                        "thoại, ví điện tử và lịch sử thanh toán."
                    ),
                    (
                        "{name} scores household businesses and small borrowers from mobile, e-wallet and "
                        "payment history data."
                    ),
                ),
            ],
            approach=[
                (
                    "Mô hình dự báo khả năng trả nợ trong 12 tháng.",
                    "The model predicts repayment over 12 months.",
                ),
                (
                    "Kết quả trả về qua API cho các công ty tài chính.",
                    "Scores are returned through an API to finance companies.",
                ),
                (
                    "Chúng tôi có thể thêm một số chỉ tiêu môi trường vào mô hình.",
                    "We could add some environmental indicators to the model.",
                ),
                ("Điểm ESG chưa phải sản phẩm chính của chúng tôi.", "ESG scoring is not our main product."),
            ],
        ),
        Archetype(
            titles=[
                (
                    "Phần mềm kế toán và báo cáo thuế cho doanh nghiệp nhỏ",
                    "Accounting and tax reporting software for small firms",
                ),
                ("Sổ sách điện tử cho doanh nghiệp vừa và nhỏ", "Digital books for small and medium firms"),
            ],
            pitches=[
                (
                    (
                        "{name} là phần mềm kế toán trên đám mây giúp doanh nghiệp nhỏ quản lý hóa đơn, "
                        "thuế và báo cáo tài chính."
                    ),
                    (
                        "{name} is cloud accounting software that helps small firms manage invoices, taxes "
                        "and financial statements."
                    ),
                ),
            ],
            approach=[
                ("Hóa đơn điện tử được nhập tự động.", "E-invoices are imported automatically."),
                (
                    "Báo cáo tài chính có thể gửi cho ngân hàng khi vay vốn.",
                    "Financial statements can be sent to a bank when applying for a loan.",
                ),
                (
                    "Chúng tôi có dữ liệu mua bán của hàng nghìn doanh nghiệp.",
                    "We hold purchase and sales data for thousands of firms.",
                ),
                (
                    "Phần đánh giá môi trường cần đối tác chuyên môn.",
                    "Environmental assessment would need a specialist partner.",
                ),
            ],
        ),
        Archetype(
            titles=[
                (
                    "Sàn tín chỉ carbon cho doanh nghiệp Việt Nam",
                    "Carbon credit marketplace for Vietnamese companies",
                ),
                ("Mua bán tín chỉ carbon tự nguyện", "Voluntary carbon credit trading"),
            ],
            pitches=[
                (
                    (
                        "{name} là sàn giao dịch tín chỉ carbon tự nguyện, kết nối dự án trồng rừng và "
                        "năng lượng tái tạo với doanh nghiệp muốn bù trừ phát thải."
                    ),
                    (
                        "{name} is a voluntary carbon credit marketplace linking forestry and renewable "
                        "projects with companies that want to offset emissions."
                    ),
                ),
            ],
            approach=[
                (
                    "Tín chỉ được xác minh theo các tiêu chuẩn quốc tế.",
                    "Credits are verified under international standards.",
                ),
                (
                    "Doanh nghiệp mua tín chỉ trực tuyến và nhận chứng nhận.",
                    "Companies buy credits online and receive a certificate.",
                ),
                (
                    "Chúng tôi có công cụ tính phát thải đơn giản cho doanh nghiệp.",
                    "We offer a simple emissions calculator for companies.",
                ),
                (
                    "Sàn chưa kết nối với quy trình cho vay của ngân hàng.",
                    "The marketplace is not connected to bank lending processes.",
                ),
            ],
        ),
    ],
    weak_fit=[
        (
            "Sản phẩm của chúng tôi phục vụ ngân hàng nhưng chưa tập trung vào ESG và tín dụng xanh.",
            "Our product serves banks but does not focus on ESG or green credit yet.",
        ),
        (
            "Dữ liệu của chúng tôi có thể là một nguồn đầu vào cho mô hình chấm điểm ESG của ngân hàng.",
            "Our data could be one input to the bank's ESG scoring model.",
        ),
        (
            "Chúng tôi cần thêm thời gian để xây dựng tiêu chí theo danh mục phân loại xanh.",
            "We would need more time to build criteria based on the green taxonomy.",
        ),
    ],
)
