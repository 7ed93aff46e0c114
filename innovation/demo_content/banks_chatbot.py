"""What startups write in answer to the virtual assistant for administrative procedures challenge."""

from __future__ import annotations

from innovation.demo_content.bank import Archetype, ChallengeBank

BANK = ChallengeBank(
    keywords={
        "vi": [
            "trợ lý ảo",
            "thủ tục hành chính",
            "người dân",
            "Tổng đài 1022",
            "dẫn nguồn",
            "không dấu",
            "dịch vụ công",
            "tiếng Việt",
        ],
        "en": [
            "virtual assistant",
            "administrative procedures",
            "citizens",
            "1022 hotline",
            "citations",
            "unaccented",
            "public services",
            "Vietnamese",
        ],
    },
    customers=("cơ quan nhà nước và doanh nghiệp lớn", "government agencies and large companies"),
    stems=["Civic", "Dân", "Gov", "Ask", "Hỏi", "Lex", "Public", "Answer"],
    team_bg=[
        (
            "từng làm nghiên cứu xử lý ngôn ngữ tự nhiên tiếng Việt tại một viện nghiên cứu",
            "did Vietnamese natural language processing research at a research institute",
        ),
        (
            "có 7 năm làm chuyển đổi số cho các sở ngành",
            "spent seven years on digital transformation projects for city departments",
        ),
        ("từng là cán bộ bộ phận một cửa cấp quận", "worked at a district one-stop service counter"),
    ],
    strong=[
        Archetype(
            titles=[
                (
                    "Trợ lý ảo trả lời thủ tục hành chính có dẫn nguồn văn bản",
                    "A virtual assistant that answers procedure questions with citations",
                ),
                (
                    "Hỏi đáp thủ tục hành chính dựa trên cơ sở dữ liệu chính thức, không bịa thông tin",
                    "Procedure Q&A grounded in the official database, with no made-up answers",
                ),
            ],
            pitches=[
                (
                    (
                        "{name} là trợ lý ảo tiếng Việt chỉ trả lời từ cơ sở dữ liệu thủ tục hành chính "
                        "chính thức, mỗi câu trả lời đều kèm tên thủ tục, văn bản và đường dẫn nguồn."
                    ),
                    (
                        "{name} is a Vietnamese virtual assistant that answers only from the official "
                        "administrative procedure database, each answer citing the procedure, the legal "
                        "text and a source link."
                    ),
                ),
                (
                    (
                        "Chúng tôi dùng kỹ thuật truy xuất kết hợp sinh câu trả lời, với cơ chế từ chối "
                        "trả lời khi không tìm được nguồn đáng tin."
                    ),
                    (
                        "We use retrieval-augmented generation with a refusal mechanism when no "
                        "trustworthy source is found."
                    ),
                ),
            ],
            approach=[
                (
                    (
                        "Mỗi thủ tục được tách thành các trường có cấu trúc: hồ sơ cần nộp, nơi nộp, thời "
                        "hạn giải quyết, lệ phí và căn cứ pháp lý."
                    ),
                    (
                        "Each procedure is split into structured fields: required documents, where to "
                        "file, processing time, fees and legal basis."
                    ),
                ),
                (
                    (
                        "Câu hỏi về lệ phí và thời hạn được trả lời trực tiếp từ trường dữ liệu, không để "
                        "mô hình ngôn ngữ tự diễn đạt con số."
                    ),
                    (
                        "Questions about fees and deadlines are answered straight from the data fields; "
                        "the language model never rephrases the figures."
                    ),
                ),
                (
                    (
                        "Khi mức độ chắc chắn thấp, trợ lý hỏi lại một câu làm rõ hoặc chuyển cho cán bộ "
                        "kèm tóm tắt cuộc trò chuyện."
                    ),
                    (
                        "When confidence is low, the assistant asks one clarifying question or hands over "
                        "to an official with a summary of the conversation."
                    ),
                ),
                (
                    (
                        "Khi thủ tục thay đổi, cán bộ cập nhật một lần trên trang quản trị và câu trả lời "
                        "mới có hiệu lực trong vài phút."
                    ),
                    (
                        "When a procedure changes, an official updates it once in the admin page and new "
                        "answers take effect within minutes."
                    ),
                ),
                (
                    (
                        "Trên bộ kiểm thử {n_big} câu hỏi thực tế, trợ lý trả lời đúng và có dẫn nguồn "
                        "{pct2}% trở lên, phần còn lại được chuyển cho người."
                    ),
                    (
                        "On a test set of {n_big} real questions, the assistant answered correctly with "
                        "citations {pct2}% of the time or more, and handed the rest to people."
                    ),
                ),
                (
                    (
                        "Mô hình ngôn ngữ chạy trên máy chủ đặt tại Việt Nam, không gửi câu hỏi của người "
                        "dân ra nước ngoài."
                    ),
                    (
                        "The language model runs on servers in Vietnam and never sends citizens' questions "
                        "abroad."
                    ),
                ),
            ],
        ),
        Archetype(
            titles=[
                (
                    "Hiểu câu hỏi gõ không dấu, viết tắt và cách nói của người lớn tuổi",
                    "Understanding unaccented, abbreviated and elderly people's questions",
                ),
                (
                    "Xử lý tiếng Việt đời thường cho trợ lý dịch vụ công",
                    "Everyday Vietnamese language processing for a public service assistant",
                ),
            ],
            pitches=[
                (
                    (
                        "{name} phát triển mô hình hiểu tiếng Việt đời thường: câu gõ không dấu, viết tắt "
                        "kiểu 'lm giay ks o dau', từ địa phương và cách diễn đạt vòng vo của người lớn "
                        "tuổi."
                    ),
                    (
                        "{name} builds models for everyday Vietnamese: unaccented typing, abbreviations "
                        "like 'lm giay ks o dau', regional words and the roundabout phrasing of older "
                        "people."
                    ),
                ),
                (
                    (
                        "Chúng tôi giải quyết phần mà trợ lý ảo thông thường hay hỏng: hiểu đúng người dân "
                        "đang hỏi thủ tục nào."
                    ),
                    (
                        "We solve the part ordinary chatbots get wrong: understanding which procedure a "
                        "citizen is actually asking about."
                    ),
                ),
            ],
            approach=[
                (
                    (
                        "Bộ phục hồi dấu tiếng Việt đạt độ chính xác cao trên văn bản không dấu, kể cả tên "
                        "phường mới sau sắp xếp."
                    ),
                    (
                        "Our diacritic restoration is highly accurate on unaccented text, including the "
                        "new ward names after the reorganisation."
                    ),
                ),
                (
                    (
                        "Mô hình phân loại ý định ánh xạ câu hỏi vào khoảng 2.000 thủ tục, có xét ngữ cảnh "
                        "như 'con tôi mới sinh' hay 'mua đất ở Củ Chi'."
                    ),
                    (
                        "An intent model maps questions onto about 2,000 procedures, using context such as "
                        "'my baby was just born' or 'bought land in Củ Chi'."
                    ),
                ),
                (
                    (
                        "Nhận dạng giọng nói được huấn luyện thêm trên giọng miền Nam và giọng người cao "
                        "tuổi gọi tổng đài."
                    ),
                    "Speech recognition is further trained on southern accents and older callers' voices.",
                ),
                (
                    (
                        "Dữ liệu huấn luyện gồm câu hỏi thật đã ẩn danh từ tổng đài và diễn đàn, được gán "
                        "nhãn bởi cựu cán bộ một cửa."
                    ),
                    (
                        "Training data consists of anonymised real questions from hotlines and forums, "
                        "labelled by former one-stop officials."
                    ),
                ),
                (
                    (
                        "Tỷ lệ hiểu đúng ý định trên câu hỏi không dấu chỉ thấp hơn câu có dấu {n_small} "
                        "điểm phần trăm."
                    ),
                    (
                        "Intent accuracy on unaccented questions is only {n_small} percentage points below "
                        "accented ones."
                    ),
                ),
            ],
        ),
        Archetype(
            titles=[
                ("Trợ lý giọng nói cho Tổng đài 1022", "A voice assistant for the 1022 hotline"),
                (
                    "Tự động trả lời cuộc gọi lặp lại về thủ tục hành chính",
                    "Automatic answers to repeated procedure calls",
                ),
            ],
            pitches=[
                (
                    (
                        "{name} đưa trợ lý giọng nói vào Tổng đài 1022: người dân nói câu hỏi, trợ lý trả "
                        "lời bằng giọng tự nhiên và gửi kèm tin nhắn tóm tắt có đường dẫn thủ tục."
                    ),
                    (
                        "{name} brings a voice assistant to the 1022 hotline: citizens speak their "
                        "question, the assistant answers in a natural voice and sends a summary message "
                        "with the procedure link."
                    ),
                ),
                (
                    (
                        "Chúng tôi giảm tải cho điện thoại viên bằng cách xử lý các cuộc gọi lặp lại, để "
                        "cán bộ tập trung vào trường hợp phức tạp."
                    ),
                    (
                        "We relieve operators by handling repeated calls, so that staff can focus on "
                        "complex cases."
                    ),
                ),
            ],
            approach=[
                (
                    (
                        "Hệ thống kết nối với tổng đài qua SIP, không thay đổi số điện thoại hay hạ tầng "
                        "hiện có."
                    ),
                    (
                        "The system connects to the call centre over SIP, without changing the phone "
                        "number or existing infrastructure."
                    ),
                ),
                (
                    (
                        "Giọng đọc được chọn qua khảo sát người nghe ở TP.HCM, nói chậm và rõ với người "
                        "cao tuổi."
                    ),
                    (
                        "The voice was chosen through a listener survey in Ho Chi Minh City and speaks "
                        "slowly and clearly for older callers."
                    ),
                ),
                (
                    (
                        "Người gọi có thể nói 'gặp cán bộ' bất cứ lúc nào để được chuyển máy, kèm bản tóm "
                        "tắt câu hỏi cho điện thoại viên."
                    ),
                    (
                        "Callers can say 'talk to an official' at any time to be transferred, with a "
                        "summary of the question for the operator."
                    ),
                ),
                (
                    (
                        "Sau cuộc gọi, người dân nhận tin nhắn SMS hoặc Zalo liệt kê giấy tờ cần chuẩn bị "
                        "và địa chỉ nộp hồ sơ."
                    ),
                    (
                        "After the call, citizens receive an SMS or Zalo message listing the documents to "
                        "prepare and where to file."
                    ),
                ),
                (
                    (
                        "Ở một tổng đài doanh nghiệp, trợ lý giọng nói xử lý trọn vẹn {pct2}% cuộc gọi mà "
                        "không cần chuyển máy."
                    ),
                    (
                        "At a corporate call centre, our voice assistant fully handled {pct2}% of calls "
                        "without a transfer."
                    ),
                ),
            ],
        ),
        Archetype(
            titles=[
                (
                    "Quản lý tri thức thủ tục và cập nhật trong 24 giờ khi quy định thay đổi",
                    "Procedure knowledge management with 24-hour updates when rules change",
                ),
                (
                    "Giữ câu trả lời của trợ lý ảo luôn đúng với văn bản mới nhất",
                    "Keeping a virtual assistant's answers in line with the latest regulations",
                ),
            ],
            pitches=[
                (
                    (
                        "{name} theo dõi văn bản pháp luật và cơ sở dữ liệu thủ tục, phát hiện thay đổi và "
                        "đề xuất cập nhật câu trả lời cho trợ lý ảo trong vòng 24 giờ."
                    ),
                    (
                        "{name} monitors legal texts and the procedure database, detects changes and "
                        "proposes updates to the assistant's answers within 24 hours."
                    ),
                ),
                (
                    (
                        "Chúng tôi giải quyết rủi ro lớn nhất của trợ lý dịch vụ công: trả lời theo quy "
                        "định đã hết hiệu lực."
                    ),
                    (
                        "We address the biggest risk of a public service assistant: answering with rules "
                        "that no longer apply."
                    ),
                ),
            ],
            approach=[
                (
                    (
                        "Hệ thống đọc công báo và cơ sở dữ liệu thủ tục hằng ngày, so sánh phiên bản để "
                        "tìm điều khoản thay đổi."
                    ),
                    (
                        "The system reads the official gazette and the procedure database daily and "
                        "compares versions to find changed provisions."
                    ),
                ),
                (
                    (
                        "Mỗi thay đổi được gắn với các câu trả lời bị ảnh hưởng và chuyển cho cán bộ phê "
                        "duyệt trước khi đưa lên trợ lý."
                    ),
                    (
                        "Each change is linked to the answers it affects and sent to an official for "
                        "approval before it reaches the assistant."
                    ),
                ),
                (
                    (
                        "Sau sắp xếp đơn vị hành chính, chúng tôi đã chuẩn hóa bảng chuyển đổi địa giới cũ "
                        "sang phường mới để trả lời đúng nơi nộp hồ sơ."
                    ),
                    (
                        "After the reorganisation, we built a mapping from old boundaries to the new wards "
                        "so the assistant names the right filing office."
                    ),
                ),
                (
                    (
                        "Bộ kiểm thử hồi quy chạy lại toàn bộ câu hỏi mẫu mỗi khi nội dung thay đổi, để "
                        "không câu trả lời cũ nào bị sai."
                    ),
                    (
                        "A regression suite replays all sample questions whenever content changes, so no "
                        "existing answer silently breaks."
                    ),
                ),
                (
                    (
                        "Nhật ký thay đổi cho biết ai đã duyệt nội dung nào và khi nào, phục vụ kiểm tra "
                        "độc lập."
                    ),
                    "A change log records who approved which content and when, for independent review.",
                ),
            ],
        ),
    ],
    local=[
        (
            (
                "Sau khi TP.HCM bỏ cấp quận và sắp xếp lại phường từ năm 2025, rất nhiều câu hỏi là 'giờ "
                "nộp hồ sơ ở đâu', và trợ lý phải trả lời đúng phường mới."
            ),
            (
                "Since Ho Chi Minh City removed the district level and reorganised its wards in 2025, many "
                "questions are 'where do I file now', and the assistant must name the right new ward."
            ),
        ),
        (
            (
                "Chúng tôi đã xem mẫu câu hỏi trên các diễn đàn và thấy gần một nửa được gõ không dấu hoặc "
                "viết tắt."
            ),
            (
                "We looked at sample questions from forums and found that nearly half were typed without "
                "diacritics or abbreviated."
            ),
        ),
        (
            (
                "Người dân thường hỏi qua Zalo vào buổi tối, khi bộ phận một cửa đã nghỉ; trợ lý có thể "
                "trả lời ngay lúc đó."
            ),
            (
                "Citizens often ask on Zalo in the evening when one-stop counters are closed; the "
                "assistant can answer right then."
            ),
        ),
        (
            "Dữ liệu hội thoại được lưu tại Trung tâm dữ liệu thành phố và xử lý theo Nghị định 13/2023.",
            "Conversation data is stored at the city's data centre and processed under Decree 13/2023.",
        ),
        (
            (
                "Các thủ tục hỏi nhiều nhất như khai sinh, đăng ký thường trú và cấp đổi sổ đỏ sẽ được ưu "
                "tiên hoàn thiện trước."
            ),
            (
                "The most asked procedures, such as birth registration, permanent residence and land use "
                "certificates, will be finished first."
            ),
        ),
        (
            (
                "Chúng tôi hiểu rằng một câu trả lời sai về lệ phí có thể làm người dân mất một buổi đi "
                "lại, nên ưu tiên độ chính xác hơn độ trôi chảy."
            ),
            (
                "We understand that one wrong answer about a fee can cost a citizen a wasted trip, so we "
                "favour accuracy over fluency."
            ),
        ),
    ],
    fit=[
        (
            (
                "Thử thách yêu cầu trả lời có dẫn nguồn và không bịa thông tin, đúng nguyên tắc thiết kế "
                "của sản phẩm chúng tôi."
            ),
            (
                "The challenge asks for cited answers and no invented information, which is our product's "
                "design principle."
            ),
        ),
        (
            "Trợ lý hiểu câu hỏi không dấu, viết tắt và giọng miền Nam, các yêu cầu mà thử thách nêu cụ thể.",
            (
                "The assistant understands unaccented and abbreviated questions and southern accents, as "
                "the challenge specifically requires."
            ),
        ),
        (
            "Chúng tôi cam kết cập nhật nội dung trong vòng 24 giờ khi thủ tục thay đổi.",
            "We commit to updating content within 24 hours when a procedure changes.",
        ),
        (
            "Trợ lý hoạt động trên website, Zalo và điện thoại, ba kênh thử thách nêu.",
            "The assistant works on the website, Zalo and the phone, the three channels the challenge names.",
        ),
        (
            "Cơ chế chuyển cho cán bộ kèm tóm tắt giúp giảm cuộc gọi lặp lại mà không bỏ rơi trường hợp khó.",
            (
                "Handing over to officials with a summary reduces repeated calls without abandoning "
                "difficult cases."
            ),
        ),
        (
            "Mô hình và dữ liệu đặt tại Việt Nam, đáp ứng yêu cầu lưu trữ trong nước.",
            "Models and data are hosted in Vietnam, meeting the in-country storage requirement.",
        ),
    ],
    pilot=[
        (
            (
                "Tháng đầu: nạp cơ sở dữ liệu thủ tục đã chuẩn hóa, xây dựng bộ kiểm thử 1.000 câu cùng "
                "cán bộ của Sở."
            ),
            (
                "Month one: load the standardised procedure database and build the 1,000-question test set "
                "with the Department's staff."
            ),
        ),
        (
            (
                "Từ tuần thứ {weeks}, trợ lý chạy trên Zalo của {n_small} phường thí điểm, có cán bộ giám "
                "sát mọi câu trả lời trong hai tuần đầu."
            ),
            (
                "From week {weeks}, the assistant runs on the Zalo accounts of {n_small} pilot wards, with "
                "officials reviewing every answer for the first two weeks."
            ),
        ),
        (
            "Kênh điện thoại được mở sau khi độ chính xác trên Zalo đạt chỉ tiêu.",
            "The phone channel opens once accuracy on Zalo meets the target.",
        ),
        (
            (
                "Chỉ số theo dõi: tỷ lệ trả lời đúng có dẫn nguồn, tỷ lệ chuyển cho cán bộ, số cuộc gọi "
                "lặp lại đến Tổng đài 1022."
            ),
            (
                "Metrics: share of correct cited answers, handover rate and the number of repeated calls "
                "to the 1022 hotline."
            ),
        ),
        (
            "Một đơn vị độc lập kiểm tra ngẫu nhiên câu trả lời về lệ phí và thời hạn mỗi tháng.",
            "An independent reviewer spot-checks answers about fees and deadlines every month.",
        ),
        (
            "Sau {months} tháng, chúng tôi đề xuất mở rộng cho toàn thành phố dựa trên kết quả đo được.",
            "After {months} months we propose a city-wide roll-out based on the measured results.",
        ),
    ],
    weak=[
        Archetype(
            titles=[
                ("Chatbot bán hàng cho cửa hàng trực tuyến", "Sales chatbot for online shops"),
                (
                    "Trợ lý chốt đơn tự động trên Facebook và Zalo",
                    "Automatic order-taking assistant on Facebook and Zalo",
                ),
            ],
            pitches=[
                (
                    (
                        "{name} là chatbot bán hàng giúp cửa hàng trực tuyến trả lời khách, tư vấn sản "
                        "phẩm và chốt đơn trên Facebook và Zalo."
                    ),
                    (
                        "{name} is a sales chatbot that helps online shops answer customers, recommend "
                        "products and take orders on Facebook and Zalo."
                    ),
                ),
            ],
            approach=[
                (
                    "Chatbot học từ danh mục sản phẩm của cửa hàng.",
                    "The bot learns from the shop's product catalogue.",
                ),
                (
                    "Đơn hàng được đẩy sang phần mềm quản lý bán hàng.",
                    "Orders flow into the shop's sales software.",
                ),
                (
                    "Chúng tôi có thể nạp câu hỏi về thủ tục hành chính thay cho sản phẩm.",
                    "We could load procedure questions instead of products.",
                ),
                ("Chatbot chưa có cơ chế dẫn nguồn văn bản.", "The bot has no mechanism for citing sources."),
            ],
        ),
        Archetype(
            titles=[
                (
                    "Phần mềm một cửa điện tử cho cơ quan nhà nước",
                    "Electronic one-stop software for government offices",
                ),
                ("Quản lý hồ sơ hành chính điện tử", "Electronic administrative file management"),
            ],
            pitches=[
                (
                    "{name} cung cấp phần mềm tiếp nhận và theo dõi hồ sơ hành chính cho bộ phận một cửa.",
                    (
                        "{name} provides software for receiving and tracking administrative files at "
                        "one-stop counters."
                    ),
                ),
            ],
            approach=[
                (
                    "Cán bộ quét hồ sơ và chuyển xử lý trên hệ thống.",
                    "Officials scan files and route them in the system.",
                ),
                (
                    "Người dân tra cứu tình trạng hồ sơ bằng mã biên nhận.",
                    "Citizens check file status with their receipt code.",
                ),
                (
                    "Chúng tôi có thể thêm chatbot đơn giản tra cứu tình trạng hồ sơ.",
                    "We could add a simple bot that looks up file status.",
                ),
                (
                    "Sản phẩm không trả lời câu hỏi về nội dung thủ tục.",
                    "The product does not answer questions about procedures.",
                ),
            ],
        ),
        Archetype(
            titles=[
                (
                    "Dịch máy Anh – Việt cho doanh nghiệp",
                    "English–Vietnamese machine translation for businesses",
                ),
                ("Dịch tài liệu chuyên ngành bằng AI", "AI translation of specialised documents"),
            ],
            pitches=[
                (
                    (
                        "{name} cung cấp dịch vụ dịch máy Anh – Việt cho tài liệu kỹ thuật, pháp lý và tài "
                        "chính."
                    ),
                    (
                        "{name} offers English–Vietnamese machine translation of technical, legal and "
                        "financial documents."
                    ),
                ),
            ],
            approach=[
                (
                    "Mô hình được tinh chỉnh theo thuật ngữ từng khách hàng.",
                    "Models are tuned to each client's terminology.",
                ),
                ("Tài liệu dịch giữ nguyên định dạng gốc.", "Translations keep the original formatting."),
                (
                    "Chúng tôi có thể dịch thông tin thủ tục cho người nước ngoài.",
                    "We could translate procedure information for foreigners.",
                ),
                ("Chúng tôi chưa làm hỏi đáp tự động.", "We have not built question answering."),
            ],
        ),
    ],
    weak_fit=[
        (
            (
                "Công nghệ ngôn ngữ của chúng tôi có thể tái sử dụng, nhưng chưa được xây dựng cho thủ tục "
                "hành chính."
            ),
            "Our language technology could be reused, but it was not built for administrative procedures.",
        ),
        (
            "Chúng tôi cần dữ liệu thủ tục của thành phố để chuyển đổi sản phẩm.",
            "We would need the city's procedure data to adapt the product.",
        ),
        (
            "Phần dẫn nguồn và chống bịa thông tin sẽ cần phát triển thêm.",
            "Citations and safeguards against invented answers would need further work.",
        ),
    ],
)
