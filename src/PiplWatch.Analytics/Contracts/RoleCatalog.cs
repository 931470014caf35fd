using static PiplWatch.Analytics.Contracts.ColumnKind;

namespace PiplWatch.Analytics.Contracts;

/// <summary>
/// The dataset roles of every supervision model (reference/model-contracts.md) with their column roles, the header
/// words exports use for them, and the canonical values of enumerated roles with the export values that mean them.
/// </summary>
public static class RoleCatalog
{
    /// <summary>All dataset roles.</summary>
    public static IReadOnlyList<DatasetRole> All { get; } =
    [
        new("reservations", "预约记录（博物馆、景区）", "Reservations (museums, scenic sites)",
        [
            ColumnRole.Of("record_id", Text, false, "预约号", "订单号", "预约编号", "记录号", "流水号", "record_id", "order_id"),
            ColumnRole.Of("id_number", Identity, true, "证件号码", "身份证号", "身份证号码", "身份证", "证件号", "公民身份号码", "游客证件号", "id_number", "id_no", "cert_no"),
            ColumnRole.Of("name", PersonName, false, "姓名", "游客姓名", "参观人", "预约人姓名", "名字", "name"),
            ColumnRole.Of("phone", Phone, false, "手机号", "手机", "联系电话", "电话", "联系方式", "phone", "mobile"),
            Enumerated("channel", false, ["预约渠道", "渠道", "预约类型", "类型", "channel"], ["team", "individual"], new()
            {
                ["团队"] = "team", ["团队预约"] = "team", ["团体"] = "team", ["团体预约"] = "team", ["旅行社"] = "team", ["团队票"] = "team",
                ["个人"] = "individual", ["散客"] = "individual", ["个人预约"] = "individual", ["散客预约"] = "individual",
            }),
            ColumnRole.Of("agency", Text, false, "旅行社", "旅行社名称", "团队名称", "所属旅行社", "机构", "agency"),
            ColumnRole.Of("account_id", Text, false, "预约账号", "账号", "用户ID", "用户名", "账户", "account_id", "user_id"),
            ColumnRole.Of("ip", Text, false, "IP地址", "IP", "下单IP", "登录IP", "ip"),
            ColumnRole.Of("booked_at", Timestamp, false, "预约时间", "下单时间", "创建时间", "提交时间", "booked_at"),
            ColumnRole.Of("visit_date", Date, true, "参观日期", "入馆日期", "预约日期", "游览日期", "入园日期", "参观时间", "visit_date"),
            Enumerated("status", false, ["预约状态", "状态", "核验状态", "订单状态", "status"], ["booked", "cancelled", "entered"], new()
            {
                ["已预约"] = "booked", ["预约成功"] = "booked", ["待核销"] = "booked", ["待使用"] = "booked", ["未入馆"] = "booked",
                ["已取消"] = "cancelled", ["取消"] = "cancelled", ["已退票"] = "cancelled", ["已退订"] = "cancelled",
                ["已核验"] = "entered", ["已核销"] = "entered", ["已入馆"] = "entered", ["已使用"] = "entered", ["已检票"] = "entered", ["已入园"] = "entered",
            }),
            ColumnRole.Of("cancelled_at", Timestamp, false, "取消时间", "退订时间", "cancelled_at"),
        ]),
        new("job_postings", "招聘信息", "Job postings",
        [
            ColumnRole.Of("posting_id", Text, true, "职位ID", "岗位编号", "职位编号", "招聘ID", "posting_id", "job_id"),
            ColumnRole.Of("platform", Text, false, "平台", "来源平台", "platform"),
            ColumnRole.Of("company_name", Text, true, "公司名称", "企业名称", "招聘单位", "单位名称", "公司", "company_name", "company"),
            ColumnRole.Of("account_id", Text, false, "账号ID", "招聘账号", "发布账号", "account_id"),
            ColumnRole.Of("account_company", Text, false, "认证企业", "账号认证公司", "认证公司", "account_company"),
            ColumnRole.Of("uscc", Text, false, "统一社会信用代码", "信用代码", "uscc"),
            ColumnRole.Of("contact_phone", Phone, false, "联系电话", "联系方式", "HR电话", "电话", "contact_phone"),
            ColumnRole.Of("contact_name", PersonName, false, "联系人", "HR", "招聘负责人", "contact_name"),
            ColumnRole.Of("work_address", Text, false, "工作地点", "工作地址", "地址", "work_address"),
            ColumnRole.Of("title", Text, false, "职位名称", "岗位", "职位", "title"),
            ColumnRole.Of("salary_min", Number, false, "最低薪资", "薪资下限", "salary_min"),
            ColumnRole.Of("salary_max", Number, false, "最高薪资", "薪资上限", "salary_max"),
            ColumnRole.Of("posted_at", Timestamp, false, "发布时间", "发布日期", "posted_at"),
            ColumnRole.Of("description", Text, false, "职位描述", "岗位描述", "描述", "description"),
        ]),
        new("business_registry", "工商登记", "Business registry",
        [
            ColumnRole.Of("uscc", Text, true, "统一社会信用代码", "信用代码", "uscc"),
            ColumnRole.Of("name", Text, true, "企业名称", "名称", "公司名称", "name"),
            Enumerated("status", false, ["登记状态", "经营状态", "状态", "status"], ["active", "deregistered", "revoked", "moved_out"], new()
            {
                ["存续"] = "active", ["在业"] = "active", ["开业"] = "active", ["正常"] = "active", ["存续（在营、开业、在册）"] = "active",
                ["注销"] = "deregistered", ["已注销"] = "deregistered", ["吊销,已注销"] = "deregistered",
                ["吊销,未注销"] = "revoked", ["吊销"] = "revoked",
                ["迁出"] = "moved_out", ["已迁出"] = "moved_out",
            }),
            ColumnRole.Of("established_on", Date, false, "成立日期", "注册日期", "established_on"),
            ColumnRole.Of("registered_capital", Money, false, "注册资本", "registered_capital"),
            ColumnRole.Of("address", Text, false, "注册地址", "住所", "地址", "address"),
            ColumnRole.Of("legal_rep", PersonName, false, "法定代表人", "法人", "legal_rep"),
            ColumnRole.Of("phone", Phone, false, "电话", "联系电话", "phone"),
            ColumnRole.Of("insured_count", WholeNumber, false, "参保人数", "社保人数", "insured_count"),
            ColumnRole.Of("abnormal", YesNo, false, "是否经营异常", "经营异常", "异常名录", "abnormal"),
        ]),
        new("admissions", "住院登记", "Hospital admissions",
        [
            ColumnRole.Of("patient_id", Text, true, "住院号", "病案号", "患者ID", "patient_id"),
            ColumnRole.Of("name", PersonName, false, "姓名", "患者姓名", "name"),
            ColumnRole.Of("phone", Phone, true, "联系电话", "手机", "电话", "phone"),
            ColumnRole.Of("hospital", Text, true, "医院", "医疗机构", "hospital"),
            ColumnRole.Of("department", Text, false, "科室", "department"),
            ColumnRole.Of("admitted_at", Timestamp, true, "入院时间", "入院日期", "admitted_at"),
            ColumnRole.Of("procedure", Text, false, "手术", "手术名称", "procedure"),
        ]),
        new("calls", "通话记录", "Call records",
        [
            ColumnRole.Of("caller", Phone, true, "主叫号码", "主叫", "caller"),
            ColumnRole.Of("callee", Phone, true, "被叫号码", "被叫", "callee"),
            ColumnRole.Of("started_at", Timestamp, true, "通话开始时间", "开始时间", "呼叫时间", "started_at"),
            ColumnRole.Of("duration_s", Number, false, "通话时长", "时长", "duration_s"),
        ]),
        new("suspects", "已知代理人号码", "Known agents' numbers", [ColumnRole.Of("caller", Phone, true, "号码", "主叫号码", "caller")]),
        new("access_log", "系统访问日志", "System access log",
        [
            ColumnRole.Of("user_id", Text, true, "用户", "工号", "账号", "user_id"),
            ColumnRole.Of("user_org", Text, false, "用户单位", "所属机构", "user_org"),
            ColumnRole.Of("at", Timestamp, true, "访问时间", "时间", "at"),
            ColumnRole.Of("subject_id", Text, true, "记录ID", "对象ID", "查询对象", "subject_id"),
            ColumnRole.Of("action", Text, false, "操作", "动作", "action"),
            ColumnRole.Of("record_org", Text, false, "记录所属机构", "record_org"),
            ColumnRole.Of("ip", Text, false, "IP", "IP地址", "ip"),
        ]),
        new("assignments", "服务关系", "Service assignments", [ColumnRole.Of("user_id", Text, true, "用户", "工号", "user_id"), ColumnRole.Of("subject_id", Text, true, "记录ID", "对象ID", "subject_id")]),
        new("subjects", "记录主体", "Record subjects",
        [
            ColumnRole.Of("subject_id", Text, true, "记录ID", "对象ID", "subject_id"),
            ColumnRole.Of("kind", Text, false, "类型", "kind"),
            ColumnRole.Of("created_at", Timestamp, false, "创建时间", "created_at"),
            ColumnRole.Of("org", Text, false, "机构", "org"),
        ]),
        new("contacts", "外部联系", "Outside contacts",
        [
            ColumnRole.Of("subject_id", Text, false, "记录ID", "subject_id"),
            ColumnRole.Of("phone", Phone, false, "电话", "phone"),
            ColumnRole.Of("at", Timestamp, true, "时间", "at"),
            ColumnRole.Of("caller", Phone, false, "来电号码", "caller"),
        ]),
        new("messages", "频道消息", "Channel messages",
        [
            ColumnRole.Of("message_id", Text, true, "消息ID", "message_id"),
            ColumnRole.Of("channel", Text, true, "频道", "群组", "channel"),
            ColumnRole.Of("author", PersonName, false, "发布者", "作者", "author"),
            ColumnRole.Of("posted_at", Timestamp, false, "发布时间", "posted_at"),
            ColumnRole.Of("text", Text, true, "内容", "消息内容", "正文", "text"),
            ColumnRole.Of("views", Number, false, "浏览量", "阅读数", "views"),
        ]),
    ];

    /// <summary>The dataset role called <paramref name="name"/>, or null.</summary>
    public static DatasetRole? Find(string name) => All.FirstOrDefault(r => r.Name == name);

    private static ColumnRole Enumerated(string name, bool required, string[] synonyms, string[] values, Dictionary<string, string> valueSynonyms) =>
        new(name, ColumnKind.Enumerated, required, synonyms, values, valueSynonyms.ToDictionary(kv => Datasets.ValueParsers.ValueKey(kv.Key), kv => kv.Value, StringComparer.Ordinal));
}
