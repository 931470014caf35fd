namespace PiplWatch.Analytics.Models.FakeRecruitment;

/// <summary>
/// Word lists of the fake-recruitment demo: titles with their usual pay, lines of business, Tianhe streets, generated
/// surnames and given-name characters, and the lines descriptions are made of. Honest descriptions say nothing about
/// ID cards, bank cards, fees or chat apps, so that only the planted and look-alike postings do.
/// </summary>
internal static class FakeRecruitmentDemoVocabulary
{
    /// <summary>Title groups: who posts which titles.</summary>
    public enum Group
    {
        General,
        Tech,
        Media,
        Logistics,
        Service,
    }

    /// <summary>A title, its group, its usual highest monthly pay (yuan) and one line of duties.</summary>
    public sealed record Title(string Name, Group Group, int Base, string Duty);

    public static readonly Title[] Titles =
    [
        new("客服专员", Group.General, 5500, "负责线上咨询接待，解答客户关于产品和订单的问题"),
        new("行政助理", Group.General, 5000, "负责办公用品采购、会议安排和日常文件整理"),
        new("前台接待", Group.General, 4500, "负责来访登记、电话转接和前台区域的日常管理"),
        new("会计", Group.General, 6500, "负责凭证审核、账务处理和月度报表编制"),
        new("出纳", Group.General, 5000, "负责日常收付款、票据管理和资金日报"),
        new("人事专员", Group.General, 6000, "负责员工入离职手续、考勤统计和档案管理"),
        new("销售代表", Group.General, 7000, "负责区域客户开发与维护，完成月度销售目标"),
        new("电话销售", Group.General, 6500, "通过电话向意向客户介绍公司产品，跟进成交"),
        new("Java开发工程师", Group.Tech, 18000, "参与后端服务的设计与开发，编写单元测试"),
        new("前端开发工程师", Group.Tech, 16000, "负责Web页面和小程序的开发与性能优化"),
        new("软件测试工程师", Group.Tech, 12000, "编写测试用例，执行功能测试和回归测试"),
        new("算法工程师", Group.Tech, 35000, "负责推荐与搜索算法的研发和线上效果评估"),
        new("产品经理", Group.Tech, 20000, "负责需求调研、产品规划和版本迭代管理"),
        new("数据分析师", Group.Tech, 15000, "搭建业务指标体系，完成专题分析报告"),
        new("UI设计师", Group.Tech, 11000, "负责App和网页的界面设计与交互规范"),
        new("新媒体运营", Group.Media, 7500, "负责公众号与短视频账号的内容策划和日常运营"),
        new("电商运营", Group.Media, 8000, "负责店铺日常运营、活动策划和数据复盘"),
        new("平面设计师", Group.Media, 8000, "负责海报、画册和包装等平面物料设计"),
        new("文案策划", Group.Media, 7500, "负责品牌文案和活动方案的撰写"),
        new("主播", Group.Media, 9000, "负责直播间带货讲解，与观众互动"),
        new("主播助理", Group.Media, 6000, "协助主播准备样品、布置直播间和记录数据"),
        new("仓库管理员", Group.Logistics, 5500, "负责货物出入库登记、盘点和库位管理"),
        new("普工", Group.Logistics, 5500, "负责生产线操作和产品包装，服从班组安排"),
        new("快递员", Group.Logistics, 7000, "负责片区快件的收派和客户签收"),
        new("司机", Group.Logistics, 7000, "负责公司货车的驾驶和车辆日常保养"),
        new("外卖骑手", Group.Logistics, 7500, "负责商圈内订单的取送，保证准时送达"),
        new("保安", Group.Service, 4800, "负责园区巡逻、门岗值守和消防检查"),
        new("保洁", Group.Service, 4000, "负责办公区域和公共区域的清洁"),
        new("厨师", Group.Service, 7000, "负责中餐热菜的出品和后厨卫生"),
        new("服务员", Group.Service, 4800, "负责餐厅点单、传菜和顾客接待"),
        new("店长", Group.Service, 8500, "负责门店经营管理、排班和业绩达成"),
        new("导购", Group.Service, 5000, "负责商场专柜的商品介绍和销售"),
    ];

    /// <summary>Lines of business of the generated companies, with the titles they mostly post.</summary>
    public static readonly (string Industry, Group Group)[] Industries =
    [
        ("网络科技", Group.Tech), ("信息科技", Group.Tech), ("软件开发", Group.Tech), ("科技", Group.Tech), ("数据服务", Group.Tech),
        ("电子商务", Group.Media), ("文化传媒", Group.Media), ("广告", Group.Media), ("影视传媒", Group.Media),
        ("贸易", Group.Logistics), ("物流", Group.Logistics), ("供应链管理", Group.Logistics), ("机械设备", Group.Logistics), ("食品", Group.Logistics), ("建筑工程", Group.Logistics),
        ("餐饮管理", Group.Service), ("物业管理", Group.Service), ("酒店管理", Group.Service), ("商贸", Group.Service), ("服饰", Group.Service),
        ("教育咨询", Group.General), ("企业管理咨询", Group.General), ("健康管理", Group.General), ("房地产经纪", Group.General), ("医药", Group.General), ("财务咨询", Group.General),
    ];

    /// <summary>Characters trade names are made of (as in the linkage generator).</summary>
    public const string TradeChars = "澜锦瑞恒泰鑫盛博宏誉睿凯达信诚源汇嘉丰元乐康明辉启航星辰卓创美优尚远邦禾悦峰宸朗昊晟沐璟骏轩逸铭泽宇弘翔欣蓝韵聚拓新益润融致尊";

    /// <summary>Latin prefixes some trade names carry (written full-width by platform B).</summary>
    public static readonly string[] Latin = ["JK", "AI", "UP", "ZY", "QX", "YT"];

    /// <summary>Streets of Tianhe district (real streets; buildings and numbers are invented).</summary>
    public static readonly string[] Streets =
    [
        "天河路", "天河北路", "体育东路", "体育西路", "林和西路", "黄埔大道西", "中山大道西", "珠江东路", "珠江西路", "华夏路",
        "花城大道", "兴民路", "冼村路", "天府路", "龙口西路", "五山路", "车陂路", "棠下二社路", "员村二横路", "科韵路",
    ];

    /// <summary>Areas for the place of work.</summary>
    public static readonly string[] Areas = ["珠江新城", "天河北", "体育中心", "石牌", "岗顶", "五山", "车陂", "员村", "棠下", "科韵路", "猎德", "天河公园"];

    public const string Surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高梁郑谢宋唐许邓冯韩曹曾彭萧蔡潘田董袁于余叶蒋杜苏魏程吕丁沈任姚卢钟姜崔谭廖范汪陆金石贾韦夏邱方侯邹熊孟秦白江薛尹段雷黎史龙陶贺顾毛郝龚邵万钱严覃武莫孔汤";

    public const string GivenChars = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉建国志文斌宇浩凯俊峰婷雪琳晨欣怡嘉佳子梓思";

    public static readonly string[] ContactTitles = ["女士", "先生", "经理", "主管", "小姐"];

    public static readonly string[] Requirements =
    [
        "中专及以上学历，有相关工作经验者优先",
        "大专及以上学历，沟通表达能力强",
        "本科及以上学历，责任心强，能适应快节奏工作",
        "无经验可培养，吃苦耐劳，服从安排",
        "熟练使用办公软件，做事细致认真",
        "身体健康，能适应倒班",
    ];

    public static readonly string[] Benefits =
    [
        "五险一金、带薪年假、节日福利",
        "周末双休，法定节假日正常休息",
        "包住宿，提供工作餐",
        "绩效奖金、年终奖、年度旅游",
        "定期岗位培训，晋升通道清晰",
        "交通补贴、餐补、加班费",
        "员工宿舍，入职即购买社会保险",
    ];

    public static readonly string[] Hours = ["早九晚六", "做五休二", "八小时工作制", "两班倒", "弹性工作时间"];
}
