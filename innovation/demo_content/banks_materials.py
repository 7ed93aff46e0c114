"""What startups write in answer to the low-carbon building materials for public works challenge."""

from __future__ import annotations

from innovation.demo_content.bank import Archetype, ChallengeBank

BANK = ChallengeBank(
    keywords={
        "vi": [
            "vật liệu phát thải thấp",
            "xi măng",
            "xà bần",
            "tro bay",
            "gạch không nung",
            "geopolymer",
            "TCVN",
            "CO2",
        ],
        "en": [
            "low-carbon materials",
            "cement",
            "demolition waste",
            "fly ash",
            "unfired bricks",
            "geopolymer",
            "TCVN",
            "CO2",
        ],
    },
    customers=("nhà thầu và chủ đầu tư xây dựng", "contractors and project owners"),
    stems=["Geo", "Brick", "Terra", "Concrete", "Gạch", "Stone", "Build", "Mortar"],
    team_bg=[
        ("có bằng tiến sĩ vật liệu xây dựng", "holds a PhD in construction materials"),
        (
            "từng quản lý phòng thí nghiệm bê tông của một tập đoàn xây dựng",
            "ran the concrete laboratory of a construction group",
        ),
        (
            "có 15 năm làm giám sát thi công công trình công cộng",
            "spent fifteen years supervising public construction works",
        ),
    ],
    strong=[
        Archetype(
            titles=[
                (
                    "Bê tông geopolymer từ tro bay và xỉ cho vỉa hè và cấu kiện đúc sẵn",
                    "Geopolymer concrete from fly ash and slag for sidewalks and precast elements",
                ),
                (
                    "Bê tông không xi măng dùng tro xỉ nhiệt điện miền Nam",
                    "Cement-free concrete made from southern power plant ash",
                ),
            ],
            pitches=[
                (
                    (
                        "{name} sản xuất bê tông geopolymer dùng tro bay và xỉ lò cao thay cho xi măng, "
                        "giảm hơn 60% CO2 cho mỗi mét khối mà vẫn đạt cường độ thiết kế."
                    ),
                    (
                        "{name} makes geopolymer concrete that replaces cement with fly ash and "
                        "blast-furnace slag, cutting CO2 per cubic metre by more than 60% while reaching "
                        "design strength."
                    ),
                ),
                (
                    (
                        "Chúng tôi biến tro xỉ của nhà máy nhiệt điện và nhà máy thép thành cấu kiện bê "
                        "tông đúc sẵn cho công trình công cộng."
                    ),
                    (
                        "We turn power-plant fly ash and steel-mill slag into precast concrete elements "
                        "for public works."
                    ),
                ),
            ],
            approach=[
                (
                    (
                        "Cấp phối được tối ưu cho tro bay của các nhà máy nhiệt điện miền Nam, có thành "
                        "phần khác tro nhập khẩu."
                    ),
                    (
                        "Our mix design is optimised for fly ash from southern Vietnamese power plants, "
                        "whose chemistry differs from imported ash."
                    ),
                ),
                (
                    (
                        "Sản phẩm đầu tiên là tấm lát vỉa hè, bó vỉa và ống cống nhỏ đúc sẵn, dưỡng hộ ở "
                        "nhiệt độ thường nên không cần lò hấp."
                    ),
                    (
                        "First products are paving slabs, kerbs and small precast culverts, cured at "
                        "ambient temperature so no steam chamber is needed."
                    ),
                ),
                (
                    (
                        "Mẫu thử đạt cường độ nén {n_mid} MPa sau 28 ngày và đã được kiểm tra độ bền trong "
                        "môi trường nước lợ."
                    ),
                    (
                        "Test samples reach {n_mid} MPa compressive strength at 28 days and have been "
                        "tested for durability in brackish water."
                    ),
                ),
                (
                    (
                        "Giá thành hiện cao hơn bê tông thường khoảng {n_small}%, và giảm tiếp khi sản "
                        "lượng tăng."
                    ),
                    (
                        "Cost is currently about {n_small}% above ordinary concrete and will fall as "
                        "volumes grow."
                    ),
                ),
                (
                    (
                        "Mỗi lô có phiếu tính CO2 theo phương pháp đánh giá vòng đời, sẵn sàng cho hồ sơ "
                        "dự toán."
                    ),
                    (
                        "Every batch comes with a CO2 sheet based on life-cycle assessment, ready for a "
                        "project's cost estimate."
                    ),
                ),
                (
                    (
                        "Chúng tôi đã có thỏa thuận thu mua tro xỉ dài hạn, đảm bảo nguồn cung trong bán "
                        "kính yêu cầu."
                    ),
                    (
                        "We have long-term ash and slag supply agreements that secure supply within the "
                        "required radius."
                    ),
                ),
            ],
        ),
        Archetype(
            titles=[
                (
                    "Cốt liệu tái chế từ xà bần cho bê tông và nền đường",
                    "Recycled aggregate from demolition waste for concrete and road bases",
                ),
                ("Trạm nghiền xà bần di động tại công trường", "Mobile demolition waste crushing on site"),
            ],
            pitches=[
                (
                    (
                        "{name} thu gom xà bần từ công trình phá dỡ, nghiền, sàng và rửa thành cốt liệu "
                        "tái chế đạt tiêu chuẩn cho bê tông và lớp móng đường."
                    ),
                    (
                        "{name} collects demolition waste, crushes, screens and washes it into recycled "
                        "aggregate that meets standards for concrete and road bases."
                    ),
                ),
                (
                    (
                        "Chúng tôi giúp thành phố giảm lượng xà bần đổ trộm và giảm nhu cầu cát, đá khai "
                        "thác mới."
                    ),
                    (
                        "We help the city cut illegal dumping of demolition waste and the demand for newly "
                        "quarried sand and stone."
                    ),
                ),
            ],
            approach=[
                (
                    (
                        "Trạm nghiền di động công suất {n_big} tấn mỗi ngày đặt ngay tại công trình phá "
                        "dỡ, giảm chi phí vận chuyển."
                    ),
                    (
                        "A mobile crusher handling {n_big} tonnes a day sits right at the demolition site, "
                        "cutting transport costs."
                    ),
                ),
                (
                    "Hệ thống tách gạch, bê tông, thép và tạp chất bằng sàng rung và camera phân loại.",
                    "Screens and sorting cameras separate brick, concrete, steel and impurities.",
                ),
                (
                    (
                        "Cốt liệu tái chế được kiểm tra cấp phối, độ hút nước và hàm lượng tạp chất theo "
                        "TCVN trước khi xuất xưởng."
                    ),
                    (
                        "Recycled aggregate is tested for grading, water absorption and impurity content "
                        "under TCVN before it leaves the yard."
                    ),
                ),
                (
                    (
                        "Cốt liệu dùng cho lớp móng vỉa hè và bê tông không chịu lực lớn, giá thấp hơn đá "
                        "tự nhiên khoảng {pct}%."
                    ),
                    (
                        "The aggregate is used for sidewalk bases and low-load concrete, at about {pct}% "
                        "below natural stone."
                    ),
                ),
                (
                    (
                        "Mỗi tấn cốt liệu tái chế có chứng từ nguồn gốc xà bần, giúp chủ đầu tư chứng minh "
                        "tỷ lệ vật liệu tái chế."
                    ),
                    (
                        "Every tonne carries a record of its demolition source, helping project owners "
                        "prove their recycled content."
                    ),
                ),
            ],
        ),
        Archetype(
            titles=[
                (
                    "Gạch không nung và tấm tường nhẹ từ tro xỉ cho trường học, nhà ở xã hội",
                    "Unfired bricks and lightweight wall panels from ash for schools and social housing",
                ),
                (
                    "Tấm tường bê tông nhẹ lắp ghép cho công trình công",
                    "Prefabricated lightweight concrete wall panels for public buildings",
                ),
            ],
            pitches=[
                (
                    (
                        "{name} sản xuất gạch không nung và tấm tường bê tông nhẹ dùng tro xỉ, thi công "
                        "nhanh hơn tường gạch nung và cách nhiệt tốt hơn."
                    ),
                    (
                        "{name} makes unfired bricks and lightweight concrete wall panels from ash, faster "
                        "to build than fired brick walls and better insulated."
                    ),
                ),
                (
                    (
                        "Chúng tôi cung cấp hệ tường lắp ghép cho trường học và nhà ở xã hội, giảm phát "
                        "thải và rút ngắn tiến độ."
                    ),
                    (
                        "We supply prefabricated wall systems for schools and social housing that cut "
                        "emissions and shorten schedules."
                    ),
                ),
            ],
            approach=[
                (
                    (
                        "Tấm tường dày 100 mm nặng bằng khoảng một phần ba tường gạch cùng diện tích, giảm "
                        "tải trọng cho móng."
                    ),
                    (
                        "A 100 mm panel weighs about a third of a brick wall of the same area, reducing "
                        "the load on foundations."
                    ),
                ),
                (
                    (
                        "Khả năng cách nhiệt giúp phòng học mát hơn vài độ vào mùa nắng, giảm điện cho "
                        "quạt và điều hòa."
                    ),
                    (
                        "Its insulation keeps classrooms a few degrees cooler in the hot season, saving "
                        "electricity for fans and air conditioning."
                    ),
                ),
                (
                    (
                        "Sản phẩm đã được chứng nhận hợp quy và được dùng trong {n_small} dự án nhà ở tại "
                        "Bình Dương và Long An."
                    ),
                    (
                        "The product is certified as conforming and has been used in {n_small} housing "
                        "projects in Bình Dương and Long An."
                    ),
                ),
                (
                    (
                        "Chúng tôi hướng dẫn đội thi công lắp đặt, trát và xử lý mối nối để tránh nứt, lỗi "
                        "hay gặp của vật liệu nhẹ."
                    ),
                    (
                        "We train crews to install, plaster and treat joints to avoid cracking, the common "
                        "problem with lightweight materials."
                    ),
                ),
                (
                    "Phát thải CO2 mỗi mét vuông tường thấp hơn tường gạch nung khoảng {pct2}%.",
                    "CO2 per square metre of wall is about {pct2}% lower than a fired brick wall.",
                ),
            ],
        ),
        Archetype(
            titles=[
                (
                    "Gạch lát vỉa hè thấm nước giảm ngập và giảm nhiệt đô thị",
                    "Permeable paving that reduces flooding and urban heat",
                ),
                ("Vỉa hè thấm nước từ cốt liệu tái chế", "Permeable sidewalks from recycled aggregate"),
            ],
            pitches=[
                (
                    (
                        "{name} sản xuất gạch lát thấm nước từ cốt liệu tái chế và chất kết dính ít xi "
                        "măng, cho nước mưa thấm xuống thay vì chảy tràn ra đường."
                    ),
                    (
                        "{name} makes permeable pavers from recycled aggregate and a low-cement binder, "
                        "letting rain soak in instead of running onto the street."
                    ),
                ),
                (
                    (
                        "Chúng tôi kết hợp hai mục tiêu của thành phố trong một sản phẩm: giảm phát thải "
                        "vật liệu và giảm ngập cục bộ."
                    ),
                    (
                        "We combine two city goals in one product: lower material emissions and less local "
                        "flooding."
                    ),
                ),
            ],
            approach=[
                (
                    (
                        "Gạch có độ rỗng khoảng 20%, thấm được lượng mưa lớn trong một giờ mà không đọng "
                        "nước trên bề mặt."
                    ),
                    (
                        "The pavers are about 20% porous and absorb heavy hourly rainfall without water "
                        "standing on the surface."
                    ),
                ),
                (
                    (
                        "Chất kết dính dùng xỉ nghiền thay phần lớn xi măng, giảm phát thải mỗi mét vuông "
                        "gần một nửa."
                    ),
                    (
                        "The binder replaces most of the cement with ground slag, nearly halving emissions "
                        "per square metre."
                    ),
                ),
                (
                    "Bề mặt sáng màu giúp vỉa hè mát hơn gạch thông thường vào buổi trưa.",
                    "The light-coloured surface keeps sidewalks cooler than ordinary pavers at midday.",
                ),
                (
                    (
                        "Chúng tôi cung cấp quy trình bảo dưỡng đơn giản để lỗ rỗng không bị bít sau vài "
                        "mùa mưa."
                    ),
                    (
                        "We provide a simple maintenance routine so the pores do not clog after a few "
                        "rainy seasons."
                    ),
                ),
                (
                    (
                        "Đoạn vỉa hè thử nghiệm {n_big} m² tại một khu đô thị mới đã qua hai mùa mưa không "
                        "lún, không bong."
                    ),
                    (
                        "A {n_big} m² trial sidewalk in a new urban area has survived two rainy seasons "
                        "with no settling or loosening."
                    ),
                ),
            ],
        ),
    ],
    local=[
        (
            (
                "Chúng tôi biết mỗi ngày có chừng 2.000 tấn xà bần bị thải ra trong thành phố, và nhiều "
                "điểm đổ trộm nằm ngay ven các khu vực mới sáp nhập."
            ),
            (
                "We know that some 2,000 tonnes of demolition rubble are thrown out in the city every day, "
                "and many illegal dumps sit on the edges of the newly merged districts."
            ),
        ),
        (
            (
                "Tro bay của các nhà máy nhiệt điện ở Bình Thuận và Trà Vinh nằm trong bán kính vận chuyển "
                "hợp lý nếu dùng đường thủy."
            ),
            (
                "Fly ash from power plants in Bình Thuận and Trà Vinh is within a reasonable haul if "
                "transported by waterway."
            ),
        ),
        (
            (
                "Các dự án cải tạo vỉa hè ở khu trung tâm và trường tiểu học mới ở TP. Thủ Đức là nơi "
                "chúng tôi muốn thi công thử đầu tiên."
            ),
            (
                "The sidewalk renovations in the city centre and the new primary school in Thủ Đức City "
                "are where we want to build our first trials."
            ),
        ),
        (
            "Nền đất yếu ở nhiều khu vực của thành phố khiến vật liệu nhẹ có thêm lợi thế về kết cấu.",
            (
                "Soft ground in many parts of the city gives lightweight materials an extra structural "
                "advantage."
            ),
        ),
        (
            (
                "Chúng tôi đã làm việc với phòng thí nghiệm chuyên ngành được công nhận ở TP.HCM để thử "
                "mẫu theo TCVN."
            ),
            (
                "We have worked with an accredited construction laboratory in Ho Chi Minh City to test "
                "samples under TCVN."
            ),
        ),
        (
            (
                "Để vật liệu vào được công trình dùng vốn ngân sách, chúng tôi hiểu cần có định mức và đơn "
                "giá; đó là lý do chúng tôi đề nghị Sở hỗ trợ phần này."
            ),
            (
                "We understand that a material needs unit norms and prices to enter publicly funded works, "
                "which is why we ask the Department for help there."
            ),
        ),
    ],
    fit=[
        (
            (
                "Thử thách tìm vật liệu dùng ngay được trong công trình công, và sản phẩm của chúng tôi đã "
                "có chứng nhận hợp quy."
            ),
            (
                "The challenge looks for materials usable right away in public works, and our product is "
                "already certified."
            ),
        ),
        (
            (
                "Chi phí của chúng tôi nằm trong mức cao hơn không quá 10% so với vật liệu truyền thống mà "
                "Sở đặt ra."
            ),
            "Our cost stays within the Department's limit of no more than 10% above conventional materials.",
        ),
        (
            (
                "Chúng tôi tính lượng CO2 cắt giảm trên mỗi mét khối hay mét vuông, đúng dạng số liệu mà "
                "hồ sơ dự toán cần."
            ),
            "We calculate the CO2 saved per cubic or square metre, exactly the data a cost estimate needs.",
        ),
        (
            "Nguồn nguyên liệu nằm trong bán kính 150 km và chúng tôi có hợp đồng cung ứng dài hạn.",
            "Our raw materials come from within 150 km and we hold long-term supply contracts.",
        ),
        (
            (
                "Mục tiêu giảm hơn 30% CO2 so với vật liệu được thay thế thấp hơn mức giảm mà sản phẩm của "
                "chúng tôi đạt được."
            ),
            "The target of more than 30% CO2 reduction is below what our product achieves.",
        ),
        (
            (
                "Hỗ trợ kiểm định và xây dựng định mức từ Sở chính là mảnh ghép chúng tôi còn thiếu để vào "
                "thị trường công."
            ),
            (
                "The Department's help with certification and unit norms is the missing piece for us to "
                "enter the public market."
            ),
        ),
    ],
    pilot=[
        (
            "Tháng đầu: thử mẫu tại phòng thí nghiệm được công nhận theo các chỉ tiêu TCVN mà Sở yêu cầu.",
            (
                "Month one: test samples at an accredited laboratory against the TCVN criteria the "
                "Department requires."
            ),
        ),
        (
            (
                "Từ tuần thứ {weeks}, sản xuất lô đầu tiên và thi công thử khoảng 500 m² vỉa hè hoặc một "
                "hạng mục của trường học."
            ),
            (
                "From week {weeks}, produce the first batch and build about 500 m² of sidewalk or one part "
                "of the school."
            ),
        ),
        (
            "Đơn vị tư vấn giám sát độc lập theo dõi cường độ, độ lún và bề mặt sau mỗi đợt mưa lớn.",
            (
                "An independent supervision consultant monitors strength, settlement and surface after "
                "each heavy rain."
            ),
        ),
        (
            (
                "Chúng tôi lập báo cáo chi phí vòng đời và lượng CO2 giảm được so với phương án vật liệu "
                "thông thường."
            ),
            "We produce a life-cycle cost report and the CO2 saved compared with the conventional option.",
        ),
        (
            (
                "Sau {months} tháng, chúng tôi cùng Sở đề xuất định mức và đơn giá để vật liệu đưa được "
                "vào dự toán."
            ),
            (
                "After {months} months we propose unit norms and prices with the Department so the "
                "material can enter cost estimates."
            ),
        ),
        (
            "Đội kỹ thuật của chúng tôi có mặt tại công trường trong suốt thời gian thi công thử.",
            "Our technical team is on site throughout the trial construction.",
        ),
    ],
    weak=[
        Archetype(
            titles=[
                ("Phần mềm quản lý dự án xây dựng", "Construction project management software"),
                ("Nhật ký công trường điện tử", "Digital site diary"),
            ],
            pitches=[
                (
                    "{name} là phần mềm quản lý tiến độ, nhân công và vật tư cho nhà thầu xây dựng.",
                    (
                        "{name} is software that manages schedules, labour and materials for building "
                        "contractors."
                    ),
                ),
            ],
            approach=[
                (
                    "Chỉ huy trưởng cập nhật nhật ký công trường bằng điện thoại.",
                    "Site managers update the site diary from their phones.",
                ),
                (
                    "Chủ đầu tư theo dõi tiến độ và khối lượng theo thời gian thực.",
                    "Project owners follow progress and quantities in real time.",
                ),
                (
                    "Chúng tôi có thể thêm mục theo dõi lượng vật liệu tái chế đã dùng.",
                    "We could add tracking of recycled materials used.",
                ),
                (
                    "Phần mềm không liên quan trực tiếp đến vật liệu.",
                    "The software is not about materials themselves.",
                ),
            ],
        ),
        Archetype(
            titles=[
                ("Tính toán phát thải carbon cho tòa nhà", "Carbon calculator for buildings"),
                ("Chứng nhận công trình xanh trọn gói", "Green building certification services"),
            ],
            pitches=[
                (
                    (
                        "{name} tư vấn chứng nhận công trình xanh và tính phát thải carbon cho tòa nhà "
                        "thương mại."
                    ),
                    (
                        "{name} advises on green building certification and calculates carbon emissions "
                        "for commercial buildings."
                    ),
                ),
            ],
            approach=[
                (
                    "Chúng tôi mô phỏng năng lượng tiêu thụ của tòa nhà.",
                    "We simulate a building's energy use.",
                ),
                (
                    "Khách hàng chủ yếu là văn phòng và khách sạn cao cấp.",
                    "Clients are mostly offices and upscale hotels.",
                ),
                (
                    "Chúng tôi không sản xuất vật liệu nhưng có thể tư vấn lựa chọn vật liệu.",
                    "We do not make materials but can advise on choosing them.",
                ),
                ("Dịch vụ tính phí theo diện tích sàn.", "Fees are charged by floor area."),
            ],
        ),
        Archetype(
            titles=[
                ("Sàn thương mại điện tử vật liệu xây dựng", "Online marketplace for building materials"),
                ("Đặt mua xi măng, sắt thép trực tuyến", "Order cement and steel online"),
            ],
            pitches=[
                (
                    (
                        "{name} là sàn thương mại điện tử giúp nhà thầu nhỏ so sánh giá và đặt mua vật "
                        "liệu xây dựng."
                    ),
                    (
                        "{name} is an online marketplace where small contractors compare prices and order "
                        "building materials."
                    ),
                ),
            ],
            approach=[
                (
                    "Sàn có hơn {n_big} nhà cung cấp ở miền Nam.",
                    "More than {n_big} suppliers in the south list on the marketplace.",
                ),
                ("Giao hàng đến công trình trong 24 giờ.", "Deliveries reach the site within 24 hours."),
                (
                    "Chúng tôi có thể mở mục riêng cho vật liệu phát thải thấp.",
                    "We could open a section for low-carbon materials.",
                ),
                ("Nhà thầu được trả chậm 30 ngày.", "Contractors get 30 days to pay."),
            ],
        ),
    ],
    weak_fit=[
        (
            (
                "Chúng tôi không trực tiếp sản xuất vật liệu phát thải thấp, nhưng có thể giúp đưa các vật "
                "liệu này đến công trình."
            ),
            "We do not make low-carbon materials ourselves, but we can help get them to construction sites.",
        ),
        (
            "Sản phẩm có thể hỗ trợ theo dõi và báo cáo, còn phần vật liệu cần đối tác sản xuất.",
            (
                "The product can support tracking and reporting; the materials themselves would need a "
                "manufacturing partner."
            ),
        ),
        (
            "Chúng tôi chia sẻ mục tiêu giảm phát thải trong ngành xây dựng của thành phố.",
            "We share the city's goal of reducing emissions in construction.",
        ),
    ],
    software=False,
)
