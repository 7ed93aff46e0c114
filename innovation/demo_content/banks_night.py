"""What startups wrote in answer to the night-time economy challenge (now closed)."""

from __future__ import annotations

from innovation.demo_content.bank import Archetype, ChallengeBank

BANK = ChallengeBank(
    keywords={
        "vi": [
            "kinh tế ban đêm",
            "dòng khách",
            "phố đi bộ",
            "Bùi Viện",
            "hộ kinh doanh",
            "tiếng ồn",
            "bản đồ số",
            "du khách",
        ],
        "en": [
            "night-time economy",
            "visitor flows",
            "walking street",
            "Bùi Viện",
            "small businesses",
            "noise",
            "digital map",
            "visitors",
        ],
    },
    customers=(
        "khu du lịch, ban tổ chức sự kiện và chính quyền địa phương",
        "destinations, event organisers and local authorities",
    ),
    stems=["Night", "Neon", "Lantern", "Đêm", "Moon", "Dusk", "Phố", "Glow"],
    team_bg=[
        ("từng tổ chức lễ hội âm nhạc và sự kiện đường phố", "organised music festivals and street events"),
        (
            "làm sản phẩm du lịch số cho các công ty lữ hành",
            "built digital travel products for tour operators",
        ),
        ("có bằng tiến sĩ khoa học dữ liệu không gian", "holds a PhD in geospatial data science"),
    ],
    strong=[
        Archetype(
            titles=[
                (
                    "Đo dòng khách ban đêm theo giờ bằng dữ liệu ẩn danh",
                    "Hourly night-time visitor flows from anonymised data",
                ),
                (
                    "Bản đồ nhiệt dòng khách cho phố đi bộ và khu ẩm thực",
                    "Visitor heat maps for walking streets and food districts",
                ),
            ],
            pitches=[
                (
                    (
                        "{name} đo số khách theo giờ ở từng tuyến phố về đêm bằng dữ liệu ẩn danh từ cảm "
                        "biến đếm người, Wi-Fi công cộng và dữ liệu di động tổng hợp."
                    ),
                    (
                        "{name} measures hourly visitors on each night-time street using anonymised data "
                        "from people counters, public Wi-Fi and aggregated mobile data."
                    ),
                ),
                (
                    (
                        "Chúng tôi cho thành phố con số tin cậy về lượng khách, thời gian lưu lại và nơi "
                        "khách đến, mà không theo dõi bất kỳ cá nhân nào."
                    ),
                    (
                        "We give the city reliable figures on visitor numbers, dwell time and origin "
                        "without tracking any individual."
                    ),
                ),
            ],
            approach=[
                (
                    "Cảm biến đếm người dùng camera xử lý tại chỗ, chỉ gửi đi con số, không lưu hình ảnh.",
                    (
                        "People counters use cameras that process on the device and send only counts, "
                        "never images."
                    ),
                ),
                (
                    (
                        "Dữ liệu di động tổng hợp theo ô lưới 100 m cho biết khách nội địa hay quốc tế và "
                        "thời gian lưu lại trung bình."
                    ),
                    (
                        "Aggregated mobile data on a 100 m grid shows domestic versus international "
                        "visitors and average dwell time."
                    ),
                ),
                (
                    (
                        "Bảng điều khiển so sánh lượng khách giữa các tối, trước và trong sự kiện, giúp "
                        "đánh giá hiệu quả từng chương trình."
                    ),
                    (
                        "A dashboard compares visitor numbers across nights, before and during events, to "
                        "evaluate each programme."
                    ),
                ),
                (
                    (
                        "Lực lượng an ninh, vệ sinh và giao thông nhận cảnh báo khi một tuyến phố vượt "
                        "ngưỡng mật độ an toàn."
                    ),
                    (
                        "Security, cleaning and traffic teams are alerted when a street passes its safe "
                        "density threshold."
                    ),
                ),
                (
                    (
                        "Ở một lễ hội ven biển, số liệu của chúng tôi lệch không quá {n_small}% so với đếm "
                        "thủ công tại cổng."
                    ),
                    (
                        "At a seaside festival our figures differed by no more than {n_small}% from manual "
                        "gate counts."
                    ),
                ),
            ],
        ),
        Archetype(
            titles=[
                (
                    "Lịch trình đêm gợi ý dẫn khách đến các khu vực vệ tinh",
                    "Night itineraries that lead visitors on to satellite areas",
                ),
                (
                    "Bản đồ số các điểm mở cửa muộn và gợi ý đi tiếp",
                    "A digital map of late-opening venues with 'where next' suggestions",
                ),
            ],
            pitches=[
                (
                    (
                        "{name} là bản đồ số các điểm ăn uống, biểu diễn, vui chơi mở cửa muộn ở trung "
                        "tâm, gợi ý lịch trình đi tiếp sang những khu đang vắng hơn."
                    ),
                    (
                        "{name} is a digital map of late-opening food, performance and entertainment "
                        "venues in the centre that suggests where to go next, towards quieter areas."
                    ),
                ),
                (
                    (
                        "Chúng tôi giúp du khách ở lại lâu hơn và chi tiêu ở nhiều nơi hơn, thay vì dồn cả "
                        "vào một con phố."
                    ),
                    (
                        "We help visitors stay longer and spend in more places instead of crowding into "
                        "one street."
                    ),
                ),
            ],
            approach=[
                (
                    (
                        "Bản đồ có hơn {n_big} điểm kinh doanh về đêm, được cập nhật giờ mở cửa và sự kiện "
                        "mỗi tuần."
                    ),
                    (
                        "The map lists more than {n_big} night-time businesses, with opening hours and "
                        "events updated weekly."
                    ),
                ),
                (
                    (
                        "Thuật toán gợi ý cân nhắc mức đông hiện tại, nên khi Bùi Viện quá tải, khách được "
                        "gợi ý sang Vĩnh Khánh hoặc các quán ven sông."
                    ),
                    (
                        "Recommendations weigh current crowding, so when Bùi Viện is packed, visitors are "
                        "pointed to Vĩnh Khánh or riverside venues."
                    ),
                ),
                (
                    (
                        "Giao diện có tiếng Việt, Anh, Hàn và Trung, phù hợp với các nhóm khách quốc tế "
                        "đông nhất."
                    ),
                    (
                        "The interface speaks Vietnamese, English, Korean and Chinese, the largest groups "
                        "of international visitors."
                    ),
                ),
                (
                    (
                        "Mã QR tại khách sạn, bến xe buýt và phố đi bộ dẫn thẳng đến bản đồ mà không cần "
                        "cài ứng dụng."
                    ),
                    (
                        "QR codes in hotels, at bus stops and on the walking street open the map without "
                        "installing an app."
                    ),
                ),
                (
                    "Trong thử nghiệm, {pct}% người dùng đã đi tiếp đến ít nhất một điểm được gợi ý.",
                    "In trials, {pct}% of users went on to at least one suggested venue.",
                ),
            ],
        ),
        Archetype(
            titles=[
                (
                    "Đặt chỗ và thanh toán không tiền mặt cho quán ăn đêm, hàng rong",
                    "Bookings and cashless payments for night food stalls and vendors",
                ),
                (
                    "Công cụ số cho hộ kinh doanh nhỏ trên phố ẩm thực",
                    "Digital tools for small businesses on food streets",
                ),
            ],
            pitches=[
                (
                    (
                        "{name} giúp quán ăn đêm và hộ kinh doanh nhỏ nhận đặt chỗ, gọi món bằng mã QR và "
                        "nhận thanh toán không tiền mặt từ cả thẻ quốc tế."
                    ),
                    (
                        "{name} helps night food stalls and small businesses take bookings, QR orders and "
                        "cashless payments, including foreign cards."
                    ),
                ),
                (
                    (
                        "Chúng tôi đưa các quán nhỏ ở phố ẩm thực lên bản đồ số và giúp họ phục vụ khách "
                        "quốc tế dễ hơn."
                    ),
                    (
                        "We put small food-street businesses on the digital map and make it easier for "
                        "them to serve international visitors."
                    ),
                ),
            ],
            approach=[
                (
                    "Thực đơn QR tự dịch sang tiếng Anh, Hàn, Trung, kèm ảnh món và giá rõ ràng.",
                    (
                        "QR menus translate automatically into English, Korean and Chinese, with photos "
                        "and clear prices."
                    ),
                ),
                (
                    "Quán nhận tiền qua mã VietQR và thẻ quốc tế, tiền về tài khoản trong ngày.",
                    (
                        "Stalls get paid through VietQR and international cards, with funds in their "
                        "account the same day."
                    ),
                ),
                (
                    (
                        "Dữ liệu giao dịch tổng hợp, ẩn danh giúp thành phố ước tính chi tiêu ban đêm theo "
                        "khu vực và theo giờ."
                    ),
                    (
                        "Aggregated, anonymised transaction data helps the city estimate night-time "
                        "spending by area and hour."
                    ),
                ),
                (
                    (
                        "Hiện có {n_big} quán đang dùng ở Quận 4 cũ và Quận 1 cũ, chủ yếu là quán hải sản "
                        "và quán nhậu."
                    ),
                    (
                        "{n_big} stalls in the former Districts 4 and 1 use it today, mostly seafood and "
                        "drinking spots."
                    ),
                ),
                (
                    "Phí dịch vụ thấp hơn phí của các ứng dụng giao đồ ăn, phù hợp với hộ kinh doanh nhỏ.",
                    "Fees are lower than food delivery apps charge, which suits small businesses.",
                ),
            ],
        ),
        Archetype(
            titles=[
                (
                    "Theo dõi tiếng ồn về đêm và tiếp nhận phản ánh của cư dân",
                    "Night-time noise monitoring and a channel for residents' complaints",
                ),
                ("Cân bằng phố đêm và giấc ngủ của cư dân", "Balancing night streets and residents' sleep"),
            ],
            pitches=[
                (
                    (
                        "{name} lắp cảm biến tiếng ồn trên các tuyến phố về đêm và mở kênh phản ánh cho cư "
                        "dân, để chính quyền xử lý đúng điểm, đúng giờ."
                    ),
                    (
                        "{name} installs noise sensors on night-time streets and opens a complaint channel "
                        "for residents, so the authorities act at the right place and time."
                    ),
                ),
                (
                    (
                        "Chúng tôi giúp thành phố phát triển kinh tế ban đêm mà không đánh đổi cuộc sống "
                        "của người dân sống trong khu vực."
                    ),
                    (
                        "We help the city grow its night-time economy without sacrificing the lives of "
                        "people living there."
                    ),
                ),
            ],
            approach=[
                (
                    (
                        "Cảm biến đo mức âm thanh mỗi phút, phân biệt nhạc sống, loa kéo và tiếng xe, "
                        "không ghi âm lời nói."
                    ),
                    (
                        "Sensors measure sound levels every minute and tell live music, portable speakers "
                        "and traffic apart, without recording speech."
                    ),
                ),
                (
                    (
                        "Cư dân phản ánh qua Zalo kèm vị trí; phản ánh được đối chiếu với dữ liệu cảm biến "
                        "để xác minh."
                    ),
                    (
                        "Residents report on Zalo with their location, and reports are checked against "
                        "sensor data."
                    ),
                ),
                (
                    "Chủ quán nhận cảnh báo khi vượt ngưỡng sau 22 giờ, trước khi có phản ánh hay xử phạt.",
                    (
                        "Venue owners are warned when they exceed the limit after 10 p.m., before any "
                        "complaint or fine."
                    ),
                ),
                (
                    (
                        "Báo cáo hằng tháng cho phường cho thấy điểm nóng tiếng ồn và xu hướng theo từng "
                        "tối trong tuần."
                    ),
                    "Monthly reports to the ward show noise hot spots and trends for each night of the week.",
                ),
                (
                    "Ở một phố bar tại Đà Nẵng, số phản ánh tiếng ồn giảm {pct}% sau bốn tháng.",
                    "On a bar street in Da Nang, noise complaints fell by {pct}% after four months.",
                ),
            ],
        ),
    ],
    local=[
        (
            (
                "Chúng tôi đã đếm khách thủ công ở Bùi Viện và Nguyễn Huệ vào các tối cuối tuần để có số "
                "liệu nền."
            ),
            (
                "We counted visitors by hand on Bùi Viện and Nguyễn Huệ on weekend nights to get baseline "
                "figures."
            ),
        ),
        (
            (
                "Phố ẩm thực Vĩnh Khánh đông khách quốc tế sau 21 giờ, trong khi nhiều quán ven sông còn "
                "vắng; đây là cơ hội dàn đều dòng khách."
            ),
            (
                "Vĩnh Khánh food street fills with international visitors after 9 p.m. while many "
                "riverside venues stay quiet: a chance to spread the flow."
            ),
        ),
        (
            (
                "Cư dân trong các hẻm quanh Bùi Viện là những người chịu tiếng ồn nhiều nhất, và chúng tôi "
                "muốn họ có tiếng nói trong giải pháp."
            ),
            (
                "Residents of the alleys around Bùi Viện bear the most noise, and we want them to have a "
                "voice in the solution."
            ),
        ),
        (
            "Lễ hội cuối năm và tuần lễ du lịch là thời điểm phù hợp để thử nghiệm với lượng khách lớn.",
            "The year-end festival and tourism week are good moments to test with large crowds.",
        ),
        (
            (
                "Chúng tôi tuân thủ Nghị định 13/2023: không thu thập dữ liệu cá nhân, chỉ dùng số liệu "
                "tổng hợp."
            ),
            "We follow Decree 13/2023: no personal data is collected, only aggregated figures.",
        ),
        (
            (
                "Khu chợ Bến Thành về đêm có nhiều hộ kinh doanh nhỏ chưa nhận thanh toán thẻ, một rào cản "
                "với khách quốc tế."
            ),
            (
                "The Bến Thành night market area has many small vendors who do not take cards, a barrier "
                "for international visitors."
            ),
        ),
    ],
    fit=[
        (
            (
                "Thử thách cần số liệu dòng khách theo giờ cho 5 khu vực, và đó là đầu ra chính của hệ "
                "thống chúng tôi."
            ),
            "The challenge needs hourly visitor figures for 5 areas, and that is our system's main output.",
        ),
        (
            "Giải pháp dùng dữ liệu ẩn danh, đúng yêu cầu của Sở về bảo vệ dữ liệu.",
            "The solution uses anonymised data, as the Department requires.",
        ),
        (
            "Chúng tôi hỗ trợ cả hai mục tiêu: tăng khách ở khu vực vệ tinh và giảm phiền hà cho cư dân.",
            "We support both goals: more visitors in satellite areas and less disturbance for residents.",
        ),
        (
            (
                "Sản phẩm đã được dùng trong các sự kiện đông người, nên phù hợp với việc thí điểm trong "
                "mùa lễ hội của thành phố."
            ),
            (
                "The product has been used at crowded events, so it suits a pilot during the city's "
                "festival season."
            ),
        ),
        (
            "Kết quả giúp Sở đánh giá hiệu quả sự kiện bằng số liệu thay vì ước đoán.",
            "The results let the Department evaluate events with figures rather than guesses.",
        ),
        (
            "Chúng tôi không cần kinh phí trực tiếp cho thí điểm, phù hợp với điều kiện của thử thách.",
            "We need no direct funding for the pilot, which fits the challenge's terms.",
        ),
    ],
    pilot=[
        (
            "Hai tuần đầu: lắp thiết bị và thu số liệu nền ở phố đi bộ Nguyễn Huệ, Bùi Viện và Vĩnh Khánh.",
            (
                "First two weeks: install devices and collect baseline data on Nguyễn Huệ, Bùi Viện and "
                "Vĩnh Khánh."
            ),
        ),
        (
            "Trong lễ hội cuối năm, hệ thống chạy đầy đủ và báo cáo mỗi sáng cho Sở và các phường.",
            (
                "During the year-end festival, the system runs in full and reports every morning to the "
                "Department and the wards."
            ),
        ),
        (
            (
                "Chúng tôi làm việc với {n_small} hộ kinh doanh ở mỗi khu để thu phản hồi về lượng khách "
                "và doanh thu."
            ),
            "We work with {n_small} businesses in each area to collect feedback on visitors and revenue.",
        ),
        (
            (
                "Sau {months} tháng, báo cáo so sánh lượng khách ở khu vệ tinh giữa các tối có và không có "
                "gợi ý lịch trình."
            ),
            (
                "After {months} months, a report compares satellite-area visitors on nights with and "
                "without itinerary suggestions."
            ),
        ),
        (
            "Toàn bộ thiết bị được tháo dỡ sau thí điểm nếu thành phố không tiếp tục.",
            "All devices are removed after the pilot if the city does not continue.",
        ),
        (
            "Từ tuần thứ {weeks}, kênh phản ánh của cư dân được mở và giới thiệu qua tổ dân phố.",
            (
                "From week {weeks}, the residents' complaint channel opens and is introduced through "
                "neighbourhood groups."
            ),
        ),
    ],
    weak=[
        Archetype(
            titles=[
                ("Ứng dụng đặt tour du lịch trong ngày", "Day-tour booking app"),
                ("Đặt tour và vé tham quan trực tuyến", "Online tour and ticket booking"),
            ],
            pitches=[
                (
                    "{name} là ứng dụng đặt tour trong ngày và vé tham quan cho khách du lịch đến TP.HCM.",
                    (
                        "{name} is an app for booking day tours and attraction tickets for visitors to Ho "
                        "Chi Minh City."
                    ),
                ),
            ],
            approach=[
                (
                    "Khách chọn tour địa đạo Củ Chi, miền Tây hoặc tham quan thành phố.",
                    "Visitors pick Củ Chi tunnels, Mekong or city tours.",
                ),
                ("Hướng dẫn viên nhận lịch qua ứng dụng.", "Guides receive bookings in the app."),
                ("Chúng tôi có thể thêm tour ẩm thực buổi tối.", "We could add evening food tours."),
                (
                    "Ứng dụng không đo lượng khách trên đường phố.",
                    "The app does not measure visitors on the streets.",
                ),
            ],
        ),
        Archetype(
            titles=[
                ("Màn hình quảng cáo kỹ thuật số ngoài trời", "Digital outdoor advertising screens"),
                ("Quảng cáo trên màn hình LED ở khu trung tâm", "LED screen advertising in the city centre"),
            ],
            pitches=[
                (
                    "{name} vận hành mạng màn hình quảng cáo LED tại các tuyến phố đông người ở trung tâm.",
                    "{name} runs a network of LED advertising screens on busy central streets.",
                ),
            ],
            approach=[
                ("Nhãn hàng đặt quảng cáo theo khung giờ.", "Brands book adverts by time slot."),
                (
                    "Màn hình có thể phát thông tin sự kiện của thành phố.",
                    "Screens can show city event information.",
                ),
                (
                    "Camera trên màn hình ước lượng số người xem.",
                    "Cameras on the screens estimate audience size.",
                ),
                (
                    "Chúng tôi chưa phân tích dữ liệu cho mục đích quản lý đô thị.",
                    "We have not analysed data for city management.",
                ),
            ],
        ),
        Archetype(
            titles=[
                ("Ứng dụng gọi xe máy và giao hàng", "Motorbike ride-hailing and delivery app"),
                ("Gọi xe ôm công nghệ cho khu trung tâm", "Motorbike taxi app for the city centre"),
            ],
            pitches=[
                (
                    "{name} là ứng dụng gọi xe máy và giao hàng tập trung vào khu vực trung tâm thành phố.",
                    "{name} is a motorbike ride-hailing and delivery app focused on the city centre.",
                ),
            ],
            approach=[
                ("Tài xế hoạt động đến 2 giờ sáng.", "Drivers work until 2 a.m."),
                (
                    "Dữ liệu chuyến đi cho thấy nơi khách lên xuống.",
                    "Trip data shows where passengers are picked up and dropped off.",
                ),
                (
                    "Chúng tôi có thể chia sẻ số liệu tổng hợp về chuyến đi ban đêm.",
                    "We could share aggregated night trip figures.",
                ),
                (
                    "Sản phẩm không phục vụ hộ kinh doanh hay cư dân.",
                    "The product does not serve local businesses or residents.",
                ),
            ],
        ),
    ],
    weak_fit=[
        (
            (
                "Sản phẩm của chúng tôi có liên quan đến hoạt động về đêm nhưng không phải giải pháp đo "
                "lường hay quản lý."
            ),
            "Our product relates to night-time activity but is not a measurement or management solution.",
        ),
        (
            "Dữ liệu của chúng tôi có thể bổ sung một góc nhìn cho thành phố.",
            "Our data could add one perspective for the city.",
        ),
        (
            "Chúng tôi mong được tham gia các sự kiện của Sở để quảng bá dịch vụ.",
            "We hope to join the Department's events to promote our service.",
        ),
    ],
)
