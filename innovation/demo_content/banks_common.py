"""Sentences every kind of application shares: openings, traction, business model, data, team, pilot."""

from __future__ import annotations

from innovation.demo_content.bank import Pair

INTROS: list[Pair] = [
    ("{name} được thành lập năm {year} tại {city}.", "{name} was founded in {year} in {city}."),
    (
        "Chúng tôi là {name}, một nhóm kỹ sư và người làm vận hành bắt đầu làm việc cùng nhau từ năm {year}.",
        "We are {name}, a team of engineers and operations people who started working together in {year}.",
    ),
    (
        (
            "{name} ra đời năm {year} từ chính những khó khăn mà các nhà sáng lập gặp phải khi còn làm "
            "trong ngành."
        ),
        (
            "{name} was born in {year} out of the problems our founders faced when they still worked in "
            "the industry."
        ),
    ),
    (
        "{name} là công ty công nghệ thành lập năm {year}, hiện có văn phòng chính tại {city}.",
        "{name} is a technology company founded in {year}, with its main office in {city}.",
    ),
    (
        "Đây là hồ sơ của {name}, một đội ngũ nhỏ nhưng đã đi cùng bài toán này nhiều năm.",
        "This is the application of {name}, a small team that has lived with this problem for years.",
    ),
    (
        "Từ năm {year}, {name} chỉ làm một việc và cố gắng làm thật tốt việc đó.",
        "Since {year}, {name} has done one thing and tried to do it very well.",
    ),
    (
        "{name} khởi đầu là một dự án nghiên cứu và trở thành công ty vào năm {year}.",
        "{name} started as a research project and became a company in {year}.",
    ),
    (
        "Chúng tôi là {name}, có trụ sở tại {city}, và đây là lần đầu nhóm tham gia Open Innovation Day.",
        "We are {name}, based in {city}, and this is our first Open Innovation Day.",
    ),
    (
        "{name} gồm những người từng làm trong ngành trước khi chuyển sang làm sản phẩm công nghệ.",
        "{name} is made of people who worked in the industry before they started building technology.",
    ),
]

# Traction needs both counts above zero; the early and none variants cover young startups honestly.
TRACTION: list[Pair] = [
    (
        "Hiện {name} có {customers} khách hàng trả phí và đã hoàn thành {pilots} dự án thí điểm.",
        "{name} currently has {customers} paying customers and has completed {pilots} pilots.",
    ),
    (
        "Sản phẩm đang chạy tại {customers} {cust}; {pilots} trong số đó bắt đầu từ một thí điểm giống như "
        "đề xuất này.",
        "The product runs at {customers} {cust}; {pilots} of them started with a pilot like the one proposed "
        "here.",
    ),
    (
        "Chúng tôi đã ký hợp đồng với {customers} khách hàng, và {pilots} thí điểm trước đây đều đã "
        "chuyển thành "
        "hợp đồng dài hạn hoặc đang được gia hạn.",
        "We have signed contracts with {customers} customers, and our {pilots} earlier pilots have all "
        "become "
        "long-term contracts or are being extended.",
    ),
    (
        "Khách hàng của chúng tôi gồm {customers} {cust}, với tỷ lệ gia hạn năm vừa qua trên {pct2}%.",
        "Our customers include {customers} {cust}, and last year more than {pct2}% of them renewed.",
    ),
]
TRACTION_EARLY: list[Pair] = [
    (
        "Chúng tôi chưa có khách hàng trả phí, nhưng đã chạy {pilots} thí điểm miễn phí và thu được số liệu "
        "thực tế.",
        "We have no paying customers yet, but we have run {pilots} free pilots and collected real data.",
    ),
    (
        (
            "Sản phẩm mới qua {pilots} đợt thử nghiệm với đối tác; hợp đồng thương mại đầu tiên đang được "
            "đàm phán."
        ),
        "The product has been through {pilots} trials with partners; the first commercial contract is under "
        "negotiation.",
    ),
]
TRACTION_NONE: list[Pair] = [
    (
        "Chúng tôi đang ở giai đoạn ý tưởng và tìm đối tác đầu tiên để kiểm chứng giải pháp.",
        "We are at the idea stage and looking for a first partner to validate the solution.",
    ),
    (
        "Chúng tôi chưa có khách hàng; thử thách này sẽ là lần thử nghiệm thực tế đầu tiên của nhóm.",
        "We have no customers yet; this challenge would be the team's first real-world test.",
    ),
]

BUSINESS: list[Pair] = [
    (
        "Chúng tôi tính phí thuê bao hằng tháng theo quy mô sử dụng, nên khách hàng không phải bỏ vốn "
        "lớn ban "
        "đầu.",
        (
            "We charge a monthly subscription that scales with use, so customers avoid a large upfront "
            "investment."
        ),
    ),
    (
        "Mô hình kinh doanh gồm phí triển khai một lần và phí dịch vụ hằng năm bằng khoảng {pct}% giá "
        "trị hợp "
        "đồng.",
        "Our business model combines a one-off deployment fee with an annual service fee of about {pct}% of "
        "the contract value.",
    ),
    (
        (
            "Với khách hàng khu vực công, chúng tôi có thể cung cấp theo hình thức thuê dịch vụ công nghệ "
            "thông tin."
        ),
        "For public-sector customers we can supply the system as a leased IT service.",
    ),
    (
        "Chúng tôi chỉ thu phí khi khách hàng đạt được mức tiết kiệm đã thống nhất trong hợp đồng.",
        "We only charge once the customer reaches the savings agreed in the contract.",
    ),
    (
        "Giá bán được tính để khách hàng hoàn vốn trong khoảng {months} đến 18 tháng.",
        "Pricing is set so that customers recover their investment within {months} to 18 months.",
    ),
    (
        "Gói thí điểm được giảm giá một nửa cho đơn vị đầu tiên trong mỗi lĩnh vực.",
        "The pilot package is half price for the first customer in each field.",
    ),
]

SECURITY: list[Pair] = [
    (
        "Dữ liệu được lưu trữ tại Việt Nam và xử lý theo Nghị định 13/2023 về bảo vệ dữ liệu cá nhân.",
        "Data is stored in Vietnam and processed under Decree 13/2023 on personal data protection.",
    ),
    (
        "Hệ thống có thể cài đặt tại chỗ trên máy chủ của khách hàng nếu dữ liệu không được phép ra ngoài.",
        "The system can be installed on the customer's own servers when data may not leave the premises.",
    ),
    (
        "Mọi truy cập đều được ghi nhật ký và phân quyền theo vai trò, đáp ứng yêu cầu kiểm toán.",
        "Every access is logged and permissions follow roles, which satisfies audit requirements.",
    ),
    (
        "Chúng tôi mã hóa dữ liệu khi truyền và khi lưu, và đã qua đánh giá bảo mật của một đơn vị độc lập "
        "năm ngoái.",
        "We encrypt data in transit and at rest, and passed an independent security assessment last year.",
    ),
    (
        "Chúng tôi chỉ thu thập dữ liệu cần thiết cho mục đích đã thỏa thuận và xóa khi kết thúc hợp đồng.",
        "We collect only the data needed for the agreed purpose and delete it when the contract ends.",
    ),
]

# Team sentences: {founder} and {cofounder} are names, {bg1} and {bg2} verb phrases.
TEAM: list[Pair] = [
    (
        "{founder} (CEO) {bg1}. {cofounder} (CTO) {bg2}. Đội ngũ có {size} người, trong đó {eng} kỹ sư.",
        (
            "{founder} (CEO) {bg1}. {cofounder} (CTO) {bg2}. The team has {size} people, {eng} of them "
            "engineers."
        ),
    ),
    (
        "Nhóm sáng lập gồm {founder} – {bg1}, và {cofounder} – {bg2}. Công ty hiện có {size} nhân sự "
        "toàn thời "
        "gian.",
        "The founders are {founder}, who {bg1}, and {cofounder}, who {bg2}. The company has {size} full-time "
        "staff.",
    ),
    (
        "Công ty do {founder} điều hành; {founder} {bg1}. Phụ trách công nghệ là {cofounder}, người {bg2}. "
        "Tổng cộng {size} thành viên.",
        "The company is run by {founder}, who {bg1}. Technology is led by {cofounder}, who {bg2}. We are "
        "{size} people in total.",
    ),
]
TEAM_EXTRA_LOCAL: list[Pair] = [
    (
        "Phần lớn thành viên làm việc tại {city} và có thể có mặt tại hiện trường trong vòng một ngày.",
        "Most of the team works in {city} and can be on site within a day.",
    ),
    (
        "Mỗi khách hàng mới có một chuyên viên triển khai phụ trách riêng từ ngày đầu.",
        "Every new customer gets a dedicated deployment specialist from day one.",
    ),
]
TEAM_EXTRA_FOREIGN: list[Pair] = [
    (
        "Hai kỹ sư của chúng tôi sẽ làm việc tại TP.HCM trong suốt thời gian thí điểm, cùng một đối "
        "tác triển "
        "khai Việt Nam.",
        "Two of our engineers will be based in Ho Chi Minh City for the whole pilot, together with a "
        "Vietnamese implementation partner.",
    ),
    (
        "Chúng tôi đã có đại diện tại TP.HCM từ năm ngoái và hai thành viên nói tiếng Việt.",
        "We have had a representative in Ho Chi Minh City since last year, and two team members speak "
        "Vietnamese.",
    ),
]

CTO_BG: dict[str, list[Pair]] = {
    "VN": [
        (
            "tốt nghiệp Đại học Bách khoa TP.HCM và có 8 năm viết phần mềm cho doanh nghiệp",
            "graduated from Ho Chi Minh City University of Technology and has built enterprise software for "
            "eight years",
        ),
        (
            (
                "tốt nghiệp Trường Đại học Khoa học Tự nhiên và từng làm kỹ sư dữ liệu cho một sàn thương "
                "mại điện tử"
            ),
            (
                "graduated from the University of Science and worked as a data engineer for an e-commerce "
                "platform"
            ),
        ),
        (
            "từng làm kỹ sư hệ thống tại một nhà mạng viễn thông lớn",
            "was a systems engineer at a major telecom operator",
        ),
        (
            "học thạc sĩ tại Nhật Bản và làm kỹ sư nhúng 6 năm ở Osaka",
            "took a master's degree in Japan and worked as an embedded engineer in Osaka for six years",
        ),
        (
            "từng dẫn dắt nhóm phát triển sản phẩm tại một công ty phần mềm xuất khẩu",
            "led a product team at a software outsourcing company",
        ),
    ],
    "KR": [
        (
            "tốt nghiệp KAIST và từng phụ trách nhóm nền tảng tại một tập đoàn điện tử Hàn Quốc",
            "graduated from KAIST and led a platform team at a large Korean electronics group",
        ),
        (
            "có 7 năm phát triển phần mềm viễn thông ở Pangyo",
            "spent seven years building telecom software in Pangyo",
        ),
    ],
    "JP": [
        (
            "tốt nghiệp Đại học Tokyo và làm tự động hóa nhà máy cho một hãng sản xuất lớn của Nhật",
            "graduated from the University of Tokyo and worked on factory automation at a major Japanese "
            "manufacturer",
        ),
        ("có 8 năm làm kỹ sư robot ở Nagoya", "spent eight years as a robotics engineer in Nagoya"),
    ],
    "US": [
        (
            "học tại Georgia Tech và xây dựng nền tảng dữ liệu cho một công ty phần mềm logistics",
            "studied at Georgia Tech and built data platforms at a logistics software company",
        ),
        (
            "từng là kỹ sư chính tại một công ty điện toán đám mây ở Thung lũng Silicon",
            "was a staff engineer at a Silicon Valley cloud company",
        ),
    ],
    "FI": [
        (
            "tốt nghiệp Đại học Aalto và có mười năm làm phần mềm mạng di động",
            "graduated from Aalto University and spent a decade building mobile network software",
        ),
        (
            "từng làm IoT công nghiệp cho một tập đoàn kỹ thuật Phần Lan",
            "worked on industrial IoT at a Finnish engineering group",
        ),
    ],
    "SG": [
        (
            "từng làm kỹ sư dữ liệu tại một công ty fintech Singapore",
            "was a data engineer at a Singapore fintech",
        )
    ],
    "TH": [
        (
            "tốt nghiệp Đại học Chulalongkorn và làm hệ thống nhúng 6 năm",
            "graduated from Chulalongkorn University and built embedded systems for six years",
        )
    ],
    "DE": [
        (
            "từng nghiên cứu tại một viện Fraunhofer về tự động hóa",
            "did automation research at a Fraunhofer institute",
        )
    ],
    "FR": [
        (
            "tốt nghiệp một trường kỹ sư ở Lyon và làm thị giác máy tính 7 năm",
            "graduated from an engineering school in Lyon and has worked on computer vision for seven years",
        )
    ],
}

GENERIC_PLATFORM: list[Pair] = [
    (
        (
            "Nền tảng của chúng tôi cho phép tạo biểu mẫu, quy trình phê duyệt và báo cáo mà không cần lập "
            "trình."
        ),
        "Our platform lets users build forms, approval workflows and reports without writing code.",
    ),
    (
        "Hệ thống chạy trên đám mây, có ứng dụng di động cho iOS và Android và giao diện web cho quản lý.",
        (
            "The system runs in the cloud, with mobile apps for iOS and Android and a web interface for "
            "managers."
        ),
    ),
    (
        "Chúng tôi có thể tích hợp với hầu hết phần mềm hiện có qua API REST.",
        "We can integrate with most existing software through REST APIs.",
    ),
    (
        "Bảng điều khiển cho phép lãnh đạo theo dõi các chỉ số quan trọng theo thời gian thực.",
        "A dashboard lets managers follow their key indicators in real time.",
    ),
    (
        "Trí tuệ nhân tạo giúp tự động hóa các công việc lặp lại và đưa ra gợi ý cho người dùng.",
        "Artificial intelligence automates repetitive tasks and makes suggestions to users.",
    ),
    (
        "Sản phẩm đã được dùng trong nhiều ngành khác nhau, từ bán lẻ, giáo dục đến sản xuất.",
        "The product is used across many industries, from retail and education to manufacturing.",
    ),
    (
        "Người dùng nhận thông báo qua ứng dụng, email hoặc Zalo khi có việc cần xử lý.",
        "Users get notifications by app, e-mail or Zalo whenever something needs their attention.",
    ),
    (
        "Mỗi khách hàng có thể tùy biến giao diện và quy trình theo nhu cầu riêng trong vài ngày.",
        "Each customer can tailor screens and workflows to their own needs within a few days.",
    ),
    (
        "Dữ liệu từ nhiều nguồn được gom về một kho chung để phân tích và trực quan hóa.",
        "Data from many sources is gathered into one store for analysis and visualisation.",
    ),
    (
        "Chúng tôi cung cấp gói đào tạo và hỗ trợ kỹ thuật 24/7 cho khách hàng doanh nghiệp.",
        "We provide training packages and 24/7 technical support for business customers.",
    ),
    (
        "Kiến trúc mô-đun giúp thêm tính năng mới mà không ảnh hưởng hệ thống đang chạy.",
        "A modular architecture lets us add features without disturbing the running system.",
    ),
    (
        "Phiên bản mới nhất bổ sung trợ lý AI trả lời câu hỏi về dữ liệu bằng ngôn ngữ tự nhiên.",
        "The latest release adds an AI assistant that answers questions about the data in natural language.",
    ),
    (
        "Giao diện được thiết kế để người không rành công nghệ vẫn dùng được sau một buổi hướng dẫn.",
        "The interface is designed so that people who are not tech-savvy can use it after one session.",
    ),
    (
        "Chúng tôi phát hành bản cập nhật mỗi hai tuần dựa trên góp ý của người dùng.",
        "We ship an update every two weeks based on user feedback.",
    ),
    (
        "Hệ thống đáp ứng hàng nghìn người dùng đồng thời mà không giảm tốc độ.",
        "The system serves thousands of simultaneous users without slowing down.",
    ),
    (
        "Báo cáo có thể xuất ra Excel hoặc PDF chỉ với một lần bấm.",
        "Reports export to Excel or PDF with one click.",
    ),
    (
        "Chúng tôi có đội hỗ trợ khách hàng nói tiếng Việt và tiếng Anh.",
        "Our customer support team speaks Vietnamese and English.",
    ),
    (
        "Khách hàng có thể dùng thử miễn phí 30 ngày trước khi quyết định.",
        "Customers can try it free for 30 days before deciding.",
    ),
]

GENERIC_PILOT: list[Pair] = [
    (
        (
            "Trong {weeks} tuần đầu, chúng tôi sẽ cấu hình hệ thống theo quy trình của đơn vị và đào tạo "
            "người dùng."
        ),
        "In the first {weeks} weeks we will configure the system to the owner's processes and train users.",
    ),
    (
        "Thí điểm kéo dài {months} tháng, có báo cáo tiến độ hằng tháng gửi ban quản lý.",
        "The pilot lasts {months} months, with a monthly progress report to management.",
    ),
    (
        "Chúng tôi đề xuất bắt đầu với một nhóm người dùng nhỏ, sau đó mở rộng nếu kết quả tốt.",
        "We suggest starting with a small group of users and widening the pilot if the results are good.",
    ),
    (
        "Chỉ số đánh giá sẽ được thống nhất với đơn vị trong buổi làm việc đầu tiên.",
        "Evaluation metrics will be agreed with the owner at the first working session.",
    ),
    (
        (
            "Chi phí thí điểm đã bao gồm bản quyền phần mềm, triển khai và hỗ trợ trong suốt thời gian thử "
            "nghiệm."
        ),
        "The pilot price includes software licences, deployment and support for the whole trial.",
    ),
    (
        "Kết thúc thí điểm, đơn vị nhận báo cáo đánh giá và đề xuất lộ trình triển khai chính thức.",
        "At the end of the pilot the owner receives an evaluation report and a proposed roll-out plan.",
    ),
]

WEAK_ADAPT: list[Pair] = [
    (
        "Sản phẩm của chúng tôi chưa được thiết kế riêng cho bài toán này, nhưng có thể điều chỉnh trong vài "
        "tháng.",
        "Our product was not designed for this exact problem, but it can be adapted within a few months.",
    ),
    (
        "Chúng tôi sẽ cần đối tác chuyên ngành cho phần việc cốt lõi, còn phần phần mềm chúng tôi đảm nhận "
        "được.",
        "We would need a specialist partner for the core of the work; we can take care of the software side.",
    ),
    (
        "Ban đầu, giải pháp có thể giải quyết một phần nhu cầu, chủ yếu là thu thập và hiển thị dữ liệu.",
        "At first the solution can meet part of the need, mainly collecting and displaying data.",
    ),
    (
        "Chúng tôi tin rằng nền tảng chung của mình đủ linh hoạt để áp dụng cho nhiều loại bài toán.",
        "We believe our general platform is flexible enough to apply to many kinds of problems.",
    ),
    (
        "Một số tính năng cần cho thử thách đã có trong lộ trình phát triển năm tới của chúng tôi.",
        "Some features the challenge needs are already on our roadmap for next year.",
    ),
    (
        (
            "Chúng tôi chưa có khách hàng trong lĩnh vực này, nhưng bài toán có nhiều điểm giống với khách "
            "hàng hiện tại."
        ),
        "We have no customers in this field yet, but the problem resembles those of our current customers.",
    ),
    (
        "Thử thách này là cơ hội để chúng tôi thử sản phẩm ở một lĩnh vực mới.",
        "This challenge is a chance for us to try the product in a new field.",
    ),
]

OFFTOPIC_FIT: list[Pair] = [
    (
        "Chúng tôi tin rằng sản phẩm của mình có thể đóng góp cho thử thách “{title}”, vì mọi tổ chức "
        "đều cần "
        "chăm sóc con người tốt hơn.",
        "We believe our product can contribute to the challenge “{title}”, because every organisation needs "
        "to take better care of people.",
    ),
    (
        "Tuy thử thách “{title}” thuộc lĩnh vực khác, chúng tôi muốn giới thiệu sản phẩm tới đơn vị "
        "chủ trì và "
        "tìm cơ hội hợp tác.",
        "Although the challenge “{title}” is in a different field, we would like to introduce our product to "
        "its owner and explore cooperation.",
    ),
    (
        "Nhân viên và khách hàng của đơn vị có thể dùng sản phẩm của chúng tôi ngay, không cần đầu tư thêm "
        "hạ tầng.",
        "The owner's staff and customers could use our product right away, with no new infrastructure.",
    ),
    (
        (
            "Chúng tôi nộp hồ sơ vào nhiều thử thách để tìm kiếm khách hàng doanh nghiệp lớn đầu tiên tại "
            "TP.HCM."
        ),
        (
            "We are applying to several challenges to find our first large corporate customer in Ho Chi "
            "Minh City."
        ),
    ),
    (
        (
            "Chuyển đổi số bắt đầu từ con người, và sản phẩm của chúng tôi giúp con người gắn bó hơn với "
            "tổ chức."
        ),
        "Digital transformation starts with people, and our product makes people more engaged with their "
        "organisation.",
    ),
    (
        "Sản phẩm của chúng tôi đã được nhiều doanh nghiệp lớn tin dùng và chúng tôi sẵn sàng tùy biến "
        "cho đơn vị "
        "chủ trì.",
        (
            "Our product is trusted by many large companies, and we are ready to customise it for the "
            "challenge owner."
        ),
    ),
    (
        (
            "Chúng tôi muốn mở rộng sang khu vực công và thử thách này là cơ hội đầu tiên để làm việc với "
            "thành phố."
        ),
        (
            "We want to expand into the public sector, and this challenge is our first chance to work with "
            "the city."
        ),
    ),
    (
        "Nếu được chọn, chúng tôi sẽ tặng gói sử dụng miễn phí sáu tháng cho toàn bộ nhân viên của đơn vị.",
        "If selected, we will give all of the owner's staff six months of free use.",
    ),
]

ECHO_LEADS: list[Pair] = [
    ("Chúng tôi hiểu bài toán như sau:", "This is how we understand the problem:"),
    ("Bối cảnh của thử thách:", "The background of the challenge:"),
    ("Vấn đề mà đơn vị đặt ra:", "The problem the owner describes:"),
    ("Theo đề bài:", "According to the challenge:"),
]
ECHO_TURNS: list[Pair] = [
    ("Giải pháp của chúng tôi:", "Our solution:"),
    ("Để giải quyết vấn đề trên, {name} đề xuất như sau.", "To solve this, {name} proposes the following."),
    ("Đây là cách chúng tôi tiếp cận.", "Here is our approach."),
]

# Keyword stuffing: {k0}..{k5} are the challenge owner's own terms, repeated on purpose.
STUFFING: list[Pair] = [
    (
        "{name} mang đến giải pháp {k0} và {k1} toàn diện, kết hợp {k2}, {k3} và {k0} cho {k4}.",
        "{name} delivers a complete {k0} and {k1} solution, combining {k2}, {k3} and {k0} for {k4}.",
    ),
    (
        "Với {k0}, {k1}, {k2} và {k5}, nền tảng {k0} của chúng tôi giải quyết mọi vấn đề về {k3} và {k4}.",
        "With {k0}, {k1}, {k2} and {k5}, our {k0} platform solves every problem of {k3} and {k4}.",
    ),
    (
        "{k1} là trọng tâm: {k1} thông minh, {k2} thông minh, {k4} thông minh và {k0} thông minh.",
        "{k1} is at the core: smart {k1}, smart {k2}, smart {k4} and smart {k0}.",
    ),
    (
        "Chúng tôi là chuyên gia {k2}, {k3}, {k5} và {k1}, luôn đặt {k0} và {k2} lên hàng đầu.",
        "We are experts in {k2}, {k3}, {k5} and {k1}, always putting {k0} and {k2} first.",
    ),
]
STUFFING_TAIL: Pair = ("Từ khóa:", "Keywords:")

# Backgrounds of founders whose product is a general platform rather than a field's own technology.
GENERIC_BG: list[Pair] = [
    ("có 10 năm phát triển phần mềm doanh nghiệp", "spent ten years building enterprise software"),
    ("từng làm quản lý sản phẩm tại một công ty công nghệ", "was a product manager at a technology company"),
    (
        "làm tư vấn chuyển đổi số cho doanh nghiệp vừa và nhỏ",
        "has advised small and medium businesses on digital transformation",
    ),
    ("từng điều hành một công ty tích hợp hệ thống", "ran a systems integration company"),
]
GENERIC_CUSTOMERS: Pair = ("khách hàng doanh nghiệp", "business customers")

DESCRIPTION_TAILS: list[Pair] = [
    (
        "Công ty có {size} thành viên, trụ sở tại {city}.",
        "The company has {size} people and is based in {city}.",
    ),
    (
        "Chúng tôi phục vụ khách hàng tại Việt Nam và nhiều nước Đông Nam Á.",
        "We serve customers in Vietnam and across Southeast Asia.",
    ),
    (
        "Sản phẩm được phát triển từ năm {year} cùng những khách hàng đầu tiên.",
        "The product has been developed since {year} together with our first customers.",
    ),
    (
        "Chúng tôi tin rằng công nghệ tốt phải dễ dùng với những người làm việc với nó mỗi ngày.",
        "We believe good technology must be easy for the people who work with it every day.",
    ),
    (
        "Đội ngũ kết hợp kinh nghiệm thực tế trong ngành với năng lực kỹ thuật vững vàng.",
        "The team combines hands-on industry experience with solid engineering.",
    ),
]

# Small edits a team makes when it submits the same text again (first occurrence, whole words).
LIGHT_EDITS: dict[str, list[tuple[str, str]]] = {
    "vi": [
        ("Chúng tôi", "Nhóm chúng tôi"),
        ("khoảng", "chừng"),
        ("khách hàng", "đối tác"),
        ("hiện nay", "hiện tại"),
        ("nhanh", "mau"),
        ("rất", "khá"),
    ],
    "en": [
        ("about", "around"),
        ("customers", "clients"),
        ("currently", "at present"),
        ("main", "primary"),
        ("quickly", "rapidly"),
        ("in real time", "live"),
    ],
}

# Commitments a strong applicant adds to its fit, in its own words: they vary the text, not the substance.
FIT_EXTRA: list[Pair] = [
    (
        "Chúng tôi có thể bắt đầu trong vòng hai tuần sau khi ký thỏa thuận thí điểm.",
        "We can start within two weeks of signing the pilot agreement.",
    ),
    (
        "Nhóm đã làm việc với cơ quan nhà nước và hiểu quy trình phê duyệt, mua sắm của khu vực công.",
        "The team has worked with public bodies and understands public-sector approval and procurement.",
    ),
    (
        "Sau thí điểm, đơn vị có toàn quyền với dữ liệu phát sinh và có thể tự vận hành hệ thống.",
        "After the pilot, the owner keeps full rights to the data produced and can run the system itself.",
    ),
    (
        "Chúng tôi sẵn sàng điều chỉnh phạm vi thí điểm theo ngân sách và ưu tiên của đơn vị.",
        "We are ready to adjust the pilot's scope to the owner's budget and priorities.",
    ),
    (
        "Mọi chỉ tiêu trong hồ sơ này đều có thể kiểm chứng bằng dữ liệu, không phải bằng khảo sát cảm tính.",
        "Every target in this application can be checked against data rather than opinion surveys.",
    ),
    (
        "Chúng tôi đã chuẩn bị sẵn tài liệu kỹ thuật và có thể trình bày chi tiết trong buổi pitching.",
        "Our technical documentation is ready and we can go into detail at the pitch session.",
    ),
    (
        "Đây là bài toán chúng tôi theo đuổi từ ngày đầu thành lập, không phải một hướng đi mới.",
        "This is the problem we have pursued since the day we started, not a new direction for us.",
    ),
    (
        "Nếu kết quả không đạt chỉ tiêu, chúng tôi chịu phần chi phí thiết bị đã lắp đặt.",
        "If the results miss the targets, we bear the cost of the equipment installed.",
    ),
]

# More plain sentences of a pilot plan, shared by every field.
PILOT_EXTRA: list[Pair] = [
    (
        "Một quản lý dự án của chúng tôi làm đầu mối duy nhất với đơn vị trong suốt thí điểm.",
        "One of our project managers is the owner's single point of contact throughout the pilot.",
    ),
    (
        "Cuộc họp đánh giá nhanh được tổ chức mỗi {n_small} tuần để xử lý vướng mắc.",
        "A short review meeting every {n_small} weeks clears any blockers.",
    ),
    (
        "Chúng tôi cam kết báo cáo mọi sự cố trong vòng 24 giờ kèm hướng xử lý.",
        "We commit to reporting any incident within 24 hours together with a fix.",
    ),
    (
        "Tài liệu hướng dẫn và video đào tạo được bàn giao bằng tiếng Việt và tiếng Anh.",
        "Guides and training videos are handed over in Vietnamese and English.",
    ),
    (
        "Kinh phí thí điểm được chia theo các mốc nghiệm thu đã thống nhất.",
        "The pilot budget is paid against agreed acceptance milestones.",
    ),
    (
        "Ngày cuối thí điểm, chúng tôi tổ chức buổi trình bày kết quả cho lãnh đạo đơn vị.",
        "On the last day of the pilot we present the results to the owner's management.",
    ),
]
