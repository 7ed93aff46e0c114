"""What startups write in answer to the Mekong Delta fruit cold chain challenge."""

from __future__ import annotations

from innovation.demo_content.bank import Archetype, ChallengeBank

BANK = ChallengeBank(
    keywords={
        "vi": [
            "chuỗi lạnh",
            "trái cây",
            "hao hụt sau thu hoạch",
            "điểm thu gom",
            "xe lạnh",
            "nhiệt độ",
            "hạn sử dụng",
            "hợp tác xã",
        ],
        "en": [
            "cold chain",
            "fruit",
            "post-harvest loss",
            "collection point",
            "refrigerated truck",
            "temperature",
            "shelf life",
            "cooperative",
        ],
    },
    customers=("hợp tác xã, nhà xuất khẩu và chuỗi bán lẻ", "cooperatives, exporters and retail chains"),
    stems=["Cool", "Frost", "Mango", "Fruit", "Delta", "Chill", "Orchard", "Mekong"],
    team_bg=[
        ("có bằng thạc sĩ công nghệ sau thu hoạch", "holds a master's degree in post-harvest technology"),
        (
            "từng làm nghiên cứu tại Viện Cây ăn quả miền Nam",
            "did research at the Southern Fruit Research Institute",
        ),
        ("có 10 năm điều hành đội xe lạnh", "ran a refrigerated truck fleet for ten years"),
    ],
    strong=[
        Archetype(
            titles=[
                (
                    "Thiết bị ghi nhiệt độ đi theo từng sọt trái cây từ vườn đến kệ",
                    "Temperature loggers that travel with every fruit crate from orchard to shelf",
                ),
                (
                    "Nhật ký nhiệt độ giá rẻ cho từng pallet trái cây miền Tây",
                    "Low-cost temperature records for every pallet of Mekong fruit",
                ),
            ],
            pitches=[
                (
                    (
                        "{name} làm thiết bị ghi nhiệt độ và độ ẩm giá dưới 150.000 đồng, đặt trong sọt "
                        "hoặc pallet, lưu dữ liệu suốt hành trình và đọc bằng điện thoại khi hàng đến kho."
                    ),
                    (
                        "{name} makes temperature and humidity loggers costing under 150,000 VND that sit "
                        "in a crate or pallet, record the whole journey and are read by phone on arrival."
                    ),
                ),
                (
                    (
                        "Chúng tôi giúp chủ hàng biết chính xác trái cây bị nóng ở đâu: tại vườn, điểm thu "
                        "gom, trên xe hay ở bến bốc dỡ."
                    ),
                    (
                        "We show cargo owners exactly where fruit got warm: at the orchard, the collection "
                        "point, on the truck or at the dock."
                    ),
                ),
            ],
            approach=[
                (
                    (
                        "Thiết bị ghi mỗi 5 phút trong 30 ngày, đọc dữ liệu qua Bluetooth nên không cần "
                        "sóng di động dọc đường."
                    ),
                    (
                        "Loggers record every 5 minutes for 30 days and are read over Bluetooth, so no "
                        "mobile signal is needed on the road."
                    ),
                ),
                (
                    (
                        "Khi đi qua vùng có sóng, điện thoại của tài xế tự tải dữ liệu lên để chủ hàng xem "
                        "gần thời gian thực."
                    ),
                    (
                        "When the truck passes through coverage, the driver's phone uploads the data so "
                        "the owner sees it in near real time."
                    ),
                ),
                (
                    "Mỗi thiết bị gắn với mã lô, nên nhiệt độ được nối với vườn, hợp tác xã và xe chở.",
                    (
                        "Each logger is tied to a lot code, linking temperatures to the orchard, "
                        "cooperative and truck."
                    ),
                ),
                (
                    (
                        "Thiết bị được thu hồi tại kho và dùng lại khoảng {n_mid} chuyến, nên chi phí mỗi "
                        "chuyến rất thấp."
                    ),
                    (
                        "Loggers are collected at the warehouse and reused for about {n_mid} trips, so the "
                        "cost per trip is very low."
                    ),
                ),
                (
                    "Báo cáo sau mỗi chuyến chỉ ra những đoạn nhiệt độ vượt ngưỡng và thời gian kéo dài.",
                    (
                        "A report after each trip shows the stretches where temperature exceeded the limit "
                        "and for how long."
                    ),
                ),
                (
                    (
                        "Với một nhà xuất khẩu xoài, dữ liệu của chúng tôi chỉ ra {pct}% hao hụt xảy ra ở "
                        "khâu chờ tại điểm thu gom."
                    ),
                    (
                        "For a mango exporter, our data showed that {pct}% of losses happened while fruit "
                        "waited at collection points."
                    ),
                ),
            ],
        ),
        Archetype(
            titles=[
                (
                    "Dự báo hạn sử dụng còn lại của từng lô trái cây",
                    "Predicting the remaining shelf life of each fruit lot",
                ),
                (
                    "Bán lô nào trước: hạn sử dụng động cho trái cây tươi",
                    "Which lot to sell first: dynamic shelf life for fresh fruit",
                ),
            ],
            pitches=[
                (
                    (
                        "{name} dự báo số ngày bán được còn lại của từng lô thanh long, xoài, bưởi dựa "
                        "trên lịch sử nhiệt độ và độ chín lúc thu hoạch."
                    ),
                    (
                        "{name} predicts how many selling days are left for each lot of dragon fruit, "
                        "mango or pomelo from its temperature history and ripeness at harvest."
                    ),
                ),
                (
                    (
                        "Chúng tôi giúp người mua hàng quyết định lô nào bán trước, lô nào gửi đi xa, để "
                        "giảm hàng hư ở cuối chuỗi."
                    ),
                    (
                        "We help buyers decide which lot to sell first and which to send further, cutting "
                        "spoilage at the end of the chain."
                    ),
                ),
            ],
            approach=[
                (
                    "Mô hình kết hợp động học hô hấp của từng loại trái với dữ liệu nhiệt độ thực tế của lô.",
                    (
                        "The model combines each fruit's respiration kinetics with the lot's actual "
                        "temperature data."
                    ),
                ),
                (
                    "Ảnh chụp trái bằng điện thoại tại điểm thu gom giúp ước lượng độ chín ban đầu.",
                    "Phone photos of the fruit at the collection point estimate its starting ripeness.",
                ),
                (
                    (
                        "Hệ thống xếp hạng các lô trong kho theo nguyên tắc hết hạn trước xuất trước thay "
                        "cho nhập trước xuất trước."
                    ),
                    (
                        "The system ranks lots in the warehouse first-expired-first-out instead of "
                        "first-in-first-out."
                    ),
                ),
                (
                    (
                        "Sai số dự báo trong thử nghiệm với xoài cát Hòa Lộc là khoảng {n_small} ngày trên "
                        "80% số lô."
                    ),
                    (
                        "In trials with Hòa Lộc mangoes, forecast error was about {n_small} days for 80% "
                        "of lots."
                    ),
                ),
                (
                    "Người mua nhận danh sách ưu tiên mỗi sáng trên điện thoại, kèm cảnh báo lô sắp hết hạn.",
                    (
                        "Buyers get a priority list on their phone every morning, with alerts for lots "
                        "close to expiry."
                    ),
                ),
            ],
        ),
        Archetype(
            titles=[
                (
                    "Ghép chuyến xe lạnh từ nhiều điểm thu gom ở miền Tây",
                    "Pooling refrigerated truck trips across Mekong collection points",
                ),
                (
                    "Lập tuyến và xếp hàng cho xe lạnh chở trái cây",
                    "Route and load planning for refrigerated fruit trucks",
                ),
            ],
            pitches=[
                (
                    (
                        "{name} lập tuyến và xếp hàng cho xe lạnh đi gom trái cây từ nhiều hợp tác xã, để "
                        "xe chạy đầy và trái không phải chờ lâu ở điểm thu gom."
                    ),
                    (
                        "{name} plans routes and loads for refrigerated trucks collecting fruit from "
                        "several cooperatives, so trucks run full and fruit does not wait long at "
                        "collection points."
                    ),
                ),
                (
                    (
                        "Chúng tôi ghép nhu cầu của nhiều chủ hàng nhỏ thành chuyến xe lạnh có lãi cho cả "
                        "chủ xe độc lập."
                    ),
                    (
                        "We pool many small shippers into refrigerated trips that pay for independent "
                        "truck owners too."
                    ),
                ),
            ],
            approach=[
                (
                    (
                        "Thuật toán tối ưu tính tuyến gom hàng theo giờ thu hoạch, dung tích xe và yêu cầu "
                        "nhiệt độ từng loại trái."
                    ),
                    (
                        "The optimiser builds collection routes from harvest times, truck capacity and "
                        "each fruit's temperature needs."
                    ),
                ),
                (
                    (
                        "Hợp tác xã báo sản lượng dự kiến qua Zalo một ngày trước, hệ thống gửi lịch xe "
                        "đến cho từng điểm."
                    ),
                    (
                        "Cooperatives report expected volumes on Zalo a day ahead, and the system sends "
                        "each point its truck schedule."
                    ),
                ),
                (
                    (
                        "Không xếp chung các loại trái có nhiệt độ bảo quản khác nhau, ví dụ thanh long và "
                        "sầu riêng."
                    ),
                    (
                        "Fruits with different storage temperatures, such as dragon fruit and durian, are "
                        "never loaded together."
                    ),
                ),
                (
                    (
                        "Chủ xe độc lập nhận chuyến qua ứng dụng và được thanh toán theo chuyến, giúp tăng "
                        "số xe lạnh sẵn có."
                    ),
                    (
                        "Independent truck owners accept trips in the app and are paid per trip, which "
                        "increases the number of refrigerated trucks available."
                    ),
                ),
                (
                    (
                        "Trong mùa thí điểm, tỷ lệ lấp đầy xe tăng từ {pct2}% lên hơn 85% và chi phí vận "
                        "chuyển mỗi tấn giảm {pct}%."
                    ),
                    (
                        "In our pilot season, truck fill rate rose from {pct2}% to more than 85% and "
                        "transport cost per tonne fell by {pct}%."
                    ),
                ),
            ],
        ),
        Archetype(
            titles=[
                (
                    "Kho lạnh năng lượng mặt trời dùng chung cho hợp tác xã",
                    "Shared solar-powered cold rooms for cooperatives",
                ),
                (
                    "Làm lạnh sơ bộ trái cây ngay tại điểm thu gom",
                    "Pre-cooling fruit right at the collection point",
                ),
            ],
            pitches=[
                (
                    (
                        "{name} lắp kho lạnh chạy năng lượng mặt trời tại điểm thu gom, hợp tác xã trả phí "
                        "theo số sọt gửi, không phải bỏ vốn mua kho."
                    ),
                    (
                        "{name} installs solar-powered cold rooms at collection points, and cooperatives "
                        "pay per crate stored instead of buying a cold room."
                    ),
                ),
                (
                    (
                        "Chúng tôi giải quyết khâu nóng nhất của chuỗi: trái vừa hái phải chờ xe nhiều giờ "
                        "dưới mái tôn."
                    ),
                    (
                        "We fix the hottest link of the chain: freshly picked fruit waiting hours for a "
                        "truck under a tin roof."
                    ),
                ),
            ],
            approach=[
                (
                    (
                        "Mỗi kho chứa khoảng {n_small} tấn, dùng pin mặt trời và khối tích lạnh để giữ "
                        "nhiệt độ qua đêm không cần lưới điện."
                    ),
                    (
                        "Each room holds about {n_small} tonnes and uses solar panels and thermal storage "
                        "to stay cold overnight without the grid."
                    ),
                ),
                (
                    (
                        "Trái được làm lạnh sơ bộ xuống 10–12 độ trong vài giờ, kéo dài thời gian bảo quản "
                        "thêm nhiều ngày."
                    ),
                    "Fruit is pre-cooled to 10–12 degrees within hours, adding several days of storage life.",
                ),
                (
                    (
                        "Xã viên đặt chỗ và trả phí qua ứng dụng; cảm biến trong kho báo nhiệt độ cho mọi "
                        "người gửi hàng."
                    ),
                    (
                        "Members book space and pay in the app; sensors in the room share the temperature "
                        "with everyone storing goods."
                    ),
                ),
                (
                    "Chúng tôi đã vận hành {n_small} kho ở Bến Tre và Tiền Giang từ mùa trước.",
                    "We have run {n_small} cold rooms in Bến Tre and Tiền Giang since last season.",
                ),
                (
                    (
                        "Mô hình chi phí cho thấy mỗi tấn trái cây tiết kiệm được nhiều hơn phí gửi kho "
                        "khi giá bán ổn định."
                    ),
                    (
                        "Our cost model shows that each tonne saves more than the storage fee when prices "
                        "are stable."
                    ),
                ),
            ],
        ),
    ],
    local=[
        (
            (
                "Chúng tôi hiểu rằng nhiều tuyến từ Đồng Tháp về Bình Chánh đi qua những đoạn mất sóng, "
                "nên thiết bị phải lưu dữ liệu tại chỗ."
            ),
            (
                "We know many routes from Đồng Tháp to Bình Chánh cross stretches without coverage, so "
                "devices must store data locally."
            ),
        ),
        (
            (
                "Thanh long Long An, xoài Đồng Tháp và bưởi Bến Tre có nhiệt độ bảo quản khác nhau, và hệ "
                "thống của chúng tôi có hồ sơ riêng cho từng loại."
            ),
            (
                "Long An dragon fruit, Đồng Tháp mangoes and Bến Tre pomelos need different storage "
                "temperatures, and our system has a profile for each."
            ),
        ),
        (
            (
                "Phần lớn chủ xe lạnh ở miền Tây là hộ cá thể có một hoặc hai xe, nên giải pháp phải đơn "
                "giản như một ứng dụng nhắn tin."
            ),
            (
                "Most refrigerated truck owners in the delta are individuals with one or two trucks, so "
                "the solution must be as simple as a messaging app."
            ),
        ),
        (
            "Các hợp tác xã mà Sài Gòn Tươi đang mua hàng đã quen dùng Zalo, và chúng tôi tận dụng kênh đó.",
            "The cooperatives Sài Gòn Tươi buys from already use Zalo, and we build on that channel.",
        ),
        (
            "Mùa thu hoạch xoài và thanh long rơi vào những tháng nắng nóng nhất, đúng lúc hao hụt cao nhất.",
            "The mango and dragon fruit harvests fall in the hottest months, exactly when losses peak.",
        ),
        (
            (
                "Chúng tôi đã làm việc với các nhà xuất khẩu trái cây sang Hàn Quốc và Nhật Bản, nơi yêu "
                "cầu hồ sơ nhiệt độ đầy đủ."
            ),
            (
                "We have worked with fruit exporters shipping to Korea and Japan, where complete "
                "temperature records are required."
            ),
        ),
    ],
    fit=[
        (
            (
                "Thử thách muốn chuỗi lạnh đo được và rẻ hơn, và giải pháp của chúng tôi chứng minh giá "
                "trị bằng tiền tiết kiệm mỗi tấn."
            ),
            (
                "The challenge wants a measurable, cheaper cold chain, and our solution proves its value "
                "in money saved per tonne."
            ),
        ),
        (
            "Chúng tôi làm việc được với hợp tác xã nhỏ và chủ xe độc lập, hai nhóm mà thử thách nêu rõ.",
            "Our customers are small cooperatives and owner-drivers, the two groups the challenge names.",
        ),
        (
            "Thiết bị và ứng dụng chịu được vùng sóng yếu ở miền Tây, đúng điều kiện thử thách đặt ra.",
            "Our devices and app cope with weak coverage in the delta, as the challenge requires.",
        ),
        (
            (
                "Mục tiêu giảm hao hụt từ khoảng 25% xuống dưới 15% phù hợp với kết quả chúng tôi đã đạt ở "
                "mùa trước."
            ),
            "The target of cutting losses from about 25% to under 15% matches what we achieved last season.",
        ),
        (
            "Hồ sơ nhiệt độ đầy đủ cho mọi lô thí điểm là đầu ra tự nhiên của hệ thống.",
            "Complete temperature records for every pilot lot are a natural output of our system.",
        ),
        (
            "Chúng tôi có thể kết hợp với thiết bị và xe lạnh sẵn có của Sài Gòn Tươi, không cần đầu tư lại.",
            "We can work with Sài Gòn Tươi's existing trucks and equipment, without new investment.",
        ),
    ],
    pilot=[
        (
            "Tháng đầu: chọn {n_small} hợp tác xã và hai tuyến xe, khảo sát điểm thu gom và đo nhiệt độ nền.",
            (
                "Month one: choose {n_small} cooperatives and two truck routes, survey the collection "
                "points and measure baseline temperatures."
            ),
        ),
        (
            (
                "Từ tuần thứ {weeks}, mọi lô trên tuyến thí điểm đều có dữ liệu nhiệt độ từ điểm thu gom "
                "đến kho Bình Chánh."
            ),
            (
                "From week {weeks}, every lot on the pilot routes carries temperature data from the "
                "collection point to the Bình Chánh warehouse."
            ),
        ),
        (
            "Hao hụt được đo bằng cách cân và phân loại hàng khi nhập kho, so với các tuyến chưa áp dụng.",
            (
                "Losses are measured by weighing and grading goods on arrival, compared with routes not in "
                "the pilot."
            ),
        ),
        (
            "Thí điểm kéo dài hai mùa trái cây để thấy khác biệt giữa mùa nắng và mùa mưa.",
            "The pilot spans two fruit seasons to capture the difference between the dry and rainy seasons.",
        ),
        (
            (
                "Cuối thí điểm, chúng tôi trình bày mô hình chi phí cho hợp tác xã và chủ xe để họ tự "
                "quyết định tiếp tục."
            ),
            (
                "At the end we present the cost model to cooperatives and truck owners so they can decide "
                "to continue on their own."
            ),
        ),
        (
            (
                "Sau {months} tháng đầu, chúng tôi điều chỉnh ngưỡng cảnh báo theo dữ liệu thực tế của "
                "từng loại trái."
            ),
            "After the first {months} months we tune alert thresholds to real data for each fruit.",
        ),
    ],
    weak=[
        Archetype(
            titles=[
                ("Sàn kết nối nông dân với người mua", "Marketplace linking farmers and buyers"),
                ("Bán nông sản trực tiếp không qua thương lái", "Selling produce without middlemen"),
            ],
            pitches=[
                (
                    (
                        "{name} là sàn thương mại điện tử giúp nông dân miền Tây bán trái cây trực tiếp "
                        "cho nhà hàng và cửa hàng ở thành phố."
                    ),
                    (
                        "{name} is an online marketplace where Mekong farmers sell fruit directly to "
                        "restaurants and shops in the city."
                    ),
                ),
            ],
            approach=[
                ("Nông dân đăng sản phẩm bằng ảnh và giá.", "Farmers list products with photos and prices."),
                ("Người mua đặt hàng và thanh toán qua ứng dụng.", "Buyers order and pay in the app."),
                (
                    "Chúng tôi thuê xe tải để giao hàng hai lần mỗi tuần.",
                    "We hire trucks to deliver twice a week.",
                ),
                (
                    "Chúng tôi chưa theo dõi nhiệt độ trong quá trình vận chuyển.",
                    "We do not track temperature in transit.",
                ),
            ],
        ),
        Archetype(
            titles=[
                ("Phần mềm quản lý đội xe vận tải", "Transport fleet management software"),
                ("Điều phối xe tải và theo dõi hành trình", "Truck dispatch and trip tracking"),
            ],
            pitches=[
                (
                    (
                        "{name} giúp doanh nghiệp vận tải điều phối xe, theo dõi hành trình GPS và quản lý "
                        "chi phí nhiên liệu."
                    ),
                    (
                        "{name} helps transport companies dispatch trucks, track GPS trips and manage fuel "
                        "costs."
                    ),
                ),
            ],
            approach=[
                ("Tài xế nhận lệnh vận chuyển qua ứng dụng.", "Drivers receive jobs in the app."),
                ("Chủ xe xem vị trí và lộ trình trên bản đồ.", "Owners see positions and routes on a map."),
                (
                    "Chúng tôi có thể tích hợp cảm biến nhiệt độ của hãng khác.",
                    "We could integrate another vendor's temperature sensors.",
                ),
                ("Khách hàng chủ yếu chở hàng khô.", "Customers mostly carry dry goods."),
            ],
        ),
        Archetype(
            titles=[
                (
                    "Màng bọc sinh học kéo dài thời gian bảo quản trái cây",
                    "Edible coating that extends fruit shelf life",
                ),
                ("Lớp phủ ăn được cho trái cây xuất khẩu", "Edible coating for export fruit"),
            ],
            pitches=[
                (
                    (
                        "{name} phát triển lớp phủ ăn được từ phụ phẩm nông nghiệp giúp trái cây giữ tươi "
                        "lâu hơn."
                    ),
                    "{name} develops an edible coating from farm by-products that keeps fruit fresh longer.",
                ),
            ],
            approach=[
                (
                    "Lớp phủ được nhúng hoặc phun sau thu hoạch.",
                    "The coating is dipped or sprayed after harvest.",
                ),
                (
                    "Thử nghiệm trong phòng thí nghiệm cho thấy thời gian bảo quản tăng thêm vài ngày.",
                    "Laboratory trials show a few extra days of shelf life.",
                ),
                (
                    "Sản phẩm chưa được thử trên quy mô thương mại.",
                    "The product has not been tested at commercial scale.",
                ),
                (
                    "Chúng tôi không làm về vận chuyển hay theo dõi nhiệt độ.",
                    "We do not work on transport or temperature tracking.",
                ),
            ],
        ),
    ],
    weak_fit=[
        (
            (
                "Sản phẩm của chúng tôi liên quan đến chuỗi cung ứng trái cây nhưng không giải quyết trực "
                "tiếp khâu lạnh."
            ),
            "Our product relates to the fruit supply chain but does not directly address the cold link.",
        ),
        (
            "Chúng tôi có thể phối hợp với một đối tác chuyên về thiết bị ghi nhiệt độ.",
            "We could team up with a partner specialised in temperature loggers.",
        ),
        (
            "Giải pháp có thể giảm một phần hao hụt, nhưng chưa có số liệu đo được trên tuyến vận chuyển.",
            "The solution could reduce some losses, but we have no measured data on transport routes.",
        ),
    ],
)
