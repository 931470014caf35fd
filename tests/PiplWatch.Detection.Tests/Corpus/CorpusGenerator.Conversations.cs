namespace PiplWatch.Detection.Tests.Corpus;

/// <summary>Genres that are running text: chats, job ads, customer-service transcripts, news and dense decoys.</summary>
public sealed partial class CorpusGenerator
{
    private static readonly string[] Nicknames =
    [
        "小王", "阿杰", "🍉西瓜", "大头", "老刘", "静静", "Kevin", "糖糖", "阿飞", "胖虎", "小鱼儿", "风一样的男子", "momo", "老张", "路人甲",
        "吃瓜群众", "夜猫子", "Lucky", "木子", "三水",
    ];

    private void Chat(DocumentBuilder b)
    {
        switch (_dice.Next(10))
        {
            case < 2:
                ForumDoxx(b);
                break;
            case < 4:
                DossierDoxx(b);
                break;
            case < 6:
                GroupDoxx(b);
                break;
            default:
                OrdinaryChat(b);
                break;
        }
    }

    private void ForumDoxx(DocumentBuilder b)
    {
        b.Text(_dice.Pick("【曝光】", "【求扩散】", "【避雷】", "【维权】") + _dice.Pick("欠钱不还的老赖", "小区里的黑中介", "骗了好几个人的骗子", "天天高空抛物的邻居") + "\n");
        b.Text("楼主：" + _dice.Pick(Nicknames) + "  发表于 " + _values.Date(2022, 2026, "dash") + " " + _values.Time() + "\n");
        b.Text(_dice.Pick("大家帮忙扩散！", "忍无可忍，实名曝光。", "姐妹们避雷！", string.Empty));
        b.Text(_dice.Pick("这个人叫", "此人名叫", "他叫", "她叫", "骗子", "老赖"));
        b.Pii(PiiType.PersonName, _values.Name());
        b.Text("，" + N(22, 60) + "岁，" + _dice.Pick("手机", "电话", "手机号是", "微信同号"));
        b.Pii(PiiType.PhoneMobile, MobileText());
        b.Text("，" + _dice.Pick("住在", "家住", "住址：", "就住"));
        b.Pii(PiiType.Address, _values.Address());
        if (_dice.Chance(0.6))
        {
            b.Text("，" + _dice.Pick("开一辆白色大众，车牌", "车牌号", "经常开着", "车是"));
            b.Pii(PiiType.Plate, _values.Plate());
            b.Text(_dice.Pick("在小区门口转", string.Empty, "，很好认"));
        }

        b.Text(_dice.Pick("，欠钱不还已经半年了。", "，借了我两万块至今不还！", "。大家小心。") + "\n");
        var replies = _dice.Between(1, 4);
        for (var i = 0; i < replies; i++)
        {
            b.Text(Dice.N(i + 2) + "楼 " + _dice.Pick(Nicknames) + "：");
            switch (_dice.Next(5))
            {
                case 0:
                    b.Text("他老婆");
                    b.Pii(PiiType.PersonName, _values.Name());
                    b.Text("也是一伙的，电话");
                    b.Pii(PiiType.PhoneMobile, MobileText());
                    break;
                case 1:
                    b.Text("他的邮箱是");
                    b.Pii(PiiType.Email, _values.Email());
                    b.Text("，大家一起去问");
                    break;
                default:
                    b.Text(_dice.Pick("已私信", "顶一下", "支持维权，建议报警", "楼主注意别被反告侵犯隐私", "这种人就该曝光", "+1 我也被骗了" + N(2, 9) + "千"));
                    break;
            }

            b.Text("\n");
        }
    }

    private void DossierDoxx(DocumentBuilder b)
    {
        b.Text(_dice.Pick("【开盒】", "【扒皮】", "社工库查询结果：", "户籍信息 ") + _dice.Pick(string.Empty, "有偿代查，", "需要的私") + "\n");
        var fields = new List<Action>
        {
            () => b.Text(_dice.Pick("身份证：", "身份证号：", "身份证 ", "证件号：")).Pii(PiiType.IdCard, IdText()),
            () => b.Text(_dice.Pick("手机：", "手机号：", "电话 ", "联系方式：")).Pii(PiiType.PhoneMobile, MobileText()),
            () => b.Text(_dice.Pick("户籍地址：", "现住址：", "住址：", "地址 ")).Pii(PiiType.Address, _values.Address()),
            () => b.Text(_dice.Pick("常用邮箱：", "邮箱：", "Email: ")).Pii(PiiType.Email, _values.Email()),
            () => b.Text(_dice.Pick("登录IP：", "IP：", "最近登录IP ")).Pii(PiiType.IpAddress, _values.Ip()),
            () => b.Text(_dice.Pick("车辆：", "车牌：", "名下车辆 ")).Pii(PiiType.Plate, _values.Plate()),
            () => b.Text(_dice.Pick("银行卡：", "卡号：", "工资卡 ")).Pii(PiiType.BankCard, _values.FormatBankCard(_values.BankCard())),
        };
        _dice.Shuffle(fields);
        b.Text(_dice.Pick("姓名：", "姓名 ", "名字：")).Pii(PiiType.PersonName, _values.Name()).Text("\n");
        var count = _dice.Between(3, fields.Count);
        for (var i = 0; i < count; i++)
        {
            fields[i]();
            b.Text("\n");
        }

        if (_dice.Chance(0.4))
        {
            b.Text("同户人员：").Pii(PiiType.PersonName, _values.Name()).Text(_dice.Pick("（母）", "（父）", "（妻）")).Text(" ").Pii(PiiType.IdCard, IdText()).Text("\n");
        }
    }

    private void GroupDoxx(DocumentBuilder b)
    {
        var target = _values.Name();
        b.Text("[" + _values.Time() + "] " + _dice.Pick(Nicknames) + "：你们谁认识").Pii(PiiType.PersonName, target).Text(_dice.Pick("？", "啊？", "，就是那个中介"));
        b.Text("\n[" + _values.Time() + "] " + _dice.Pick(Nicknames) + "：认识啊，电话");
        b.Pii(PiiType.PhoneMobile, MobileText());
        b.Text(_dice.Pick("，就住", "，家在", "，他家在"));
        b.Pii(PiiType.Address, _values.Address());
        b.Text("\n[" + _values.Time() + "] " + _dice.Pick(Nicknames) + "：");
        switch (_dice.Next(4))
        {
            case 0:
                b.Text("他邮箱是").Pii(PiiType.Email, _values.Email()).Text("，我把资料发群里了");
                break;
            case 1:
                b.Text("他那辆车").Pii(PiiType.Plate, _values.Plate()).Text("天天停消防通道");
                break;
            case 2:
                b.Text("身份证号我也有：").Pii(PiiType.IdCard, IdText());
                break;
            default:
                b.Text("别在群里发这些，小心违法");
                break;
        }

        b.Text("\n[" + _values.Time() + "] " + _dice.Pick(Nicknames) + "：" + _dice.Pick("收到", "哈哈哈", "已截图", "撤回了一条消息"));
    }

    private void OrdinaryChat(DocumentBuilder b)
    {
        var lines = _dice.Between(4, 10);
        for (var i = 0; i < lines; i++)
        {
            b.Text("[" + _values.Time() + "] " + _dice.Pick(Nicknames) + "：");
            switch (_dice.Next(20))
            {
                case 0:
                    b.Text("车停在B2层了，车牌").Pii(PiiType.Plate, _values.Plate()).Text("，你下来直接找");
                    break;
                case 1:
                    b.Text("我换邮箱了，以后发").Pii(PiiType.Email, _values.Email());
                    break;
                case 2:
                    b.Text("@").Pii(PiiType.PersonName, _values.Name()).Text(" " + _dice.Pick("收到请回复", "文件看一下", "明天你值班"));
                    break;
                case 3:
                    b.Text("刚才").Pii(PiiType.PersonName, _values.Name()).Text("打电话说" + _dice.Pick("明天不来了", "快递到了", "会议推迟"));
                    break;
                default:
                    b.Text(_dice.Pick(
                        "今天开会改到下午" + N(2, 5) + "点了",
                        "收到👌",
                        "晚上吃火锅吗？万达" + N(2, 5) + "楼那家",
                        "好啊，我订了" + N(3, 20) + "号桌",
                        "转账" + N(20, 500) + "元，AA的钱",
                        "明天降温，最低" + N(-5, 8) + "度，多穿点",
                        "哈哈哈哈哈",
                        "地铁" + N(1, 10) + "号线又晚点了",
                        "这周六" + N(9, 11) + ":30在老地方打球",
                        "快递放门口了，取件码" + N(1, 9) + "-" + N(1, 9) + "-" + N(1000, 9999),
                        "群公告：本月物业费" + N(100, 400) + "." + N(10, 99) + "元请于" + N(10, 25) + "号前缴纳",
                        "我先下了，晚安🌙",
                        "那个项目预算" + N(1, 9) + "," + N(100, 999) + ".00元，领导说再压一压",
                        "航班改到" + _values.Time() + "了，CA" + N(1000, 1999) + "次"));
                    break;
            }

            b.Text("\n");
        }
    }

    private void JobAd(DocumentBuilder b)
    {
        var company = _values.Company();
        var job = _dice.Pick("客服专员", "行政文员", "销售代表", "仓库管理员", "数据录入员", "网络主播", "外卖骑手", "会计助理", "前台接待");
        var style = _dice.Next(10);
        if (style < 5)
        {
            b.Text(_dice.Pick("【招聘】", "招聘启事\n", "【急聘】", string.Empty) + company + "\n");
            if (_dice.Chance(0.75))
            {
                b.Text(_dice.Pick("统一社会信用代码：", "统一社会信用代码 ", "信用代码：", "营业执照注册号（统一社会信用代码）："));
                b.Pii(PiiType.OrgId, _values.OrgId()).Text("\n");
            }

            b.Text("招聘岗位：" + job + "（" + N(1, 20) + "名）\n");
            b.Text("任职要求：" + N(18, 22) + "-" + N(35, 45) + "周岁，" + _dice.Pick("高中", "中专", "大专", "本科") + "及以上学历，" + _dice.Pick("有相关经验者优先。", "能吃苦耐劳。", "普通话标准。") + "\n");
            b.Text("薪资待遇：" + N(3, 8) + "000-" + N(9, 15) + "000元/月，" + _dice.Pick("五险一金，双休", "包吃住", "提成另计", "月休4天") + "\n");
            b.Text(_dice.Pick("工作地点：", "上班地址：", "公司地址：", "地址：")).Pii(PiiType.Address, _values.Address()).Text("\n");
            ContactPerson(b);
            b.Text(_dice.Pick("联系电话：", "电话：", "咨询电话：", "Tel："));
            Phone(b, 0.45);
            if (_dice.Chance(0.3))
            {
                b.Text(_dice.Pick("、", " / ", "，"));
                Phone(b, 0.7);
            }

            b.Text("\n" + _dice.Pick("简历投递：", "简历请发送至", "邮箱：", "E-mail：")).Pii(PiiType.Email, _values.Email());
            b.Text(_dice.Pick("（邮件标题注明应聘岗位）", string.Empty, "。"));
        }
        else if (style < 8)
        {
            // Fake ads that harvest résumés and ID photos.
            b.Text(_dice.Pick("高薪招聘兼职", "急招", "在家可做！招聘") + _dice.Pick("打字员", "刷单员", "手工活外包", "网络客服") + "，日结" + N(100, 300) + "-" + N(400, 900) + "元，无需经验！");
            b.Text(_dice.Pick("有意者请添加微信", "联系电话", "加V：", "报名请打")).Pii(PiiType.PhoneMobile, MobileText());
            b.Text(_dice.Pick("或发送简历及身份证正反面照片至", "，简历和身份证照片发邮箱", "，资料发到")).Pii(PiiType.Email, _values.Email()).Text("，");
            b.Text(_dice.Pick("联系人：", "联系人 ", "找")).Pii(PiiType.PersonName, _values.Name());
            b.Text(_dice.Pick("。入职需交押金" + N(100, 500) + "元。", "。名额有限！", "。"));
        }
        else
        {
            b.Text(company + "诚聘" + job + "，" + _dice.Pick("地址：", "地点：", "面试地址：")).Pii(PiiType.Address, _values.Address());
            b.Text("，" + _dice.Pick("电话：", "联系电话", "电话 "));
            Phone(b, 0.3);
            b.Text("，" + _values.Surname() + _dice.Pick("先生", "女士", "经理") + "。");
        }
    }

    private void ContactPerson(DocumentBuilder b)
    {
        b.Text(_dice.Pick("联系人：", "联系人:", "联系人 ", "HR："));
        if (_dice.Chance(0.6))
        {
            b.Pii(PiiType.PersonName, _values.Name());
            b.Text(_dice.Pick("（人事部）", string.Empty, " 经理", "女士", "先生"));
        }
        else
        {
            b.Text(_values.Surname() + _dice.Pick("女士", "先生", "经理", "老师"));
        }

        b.Text("\n");
    }

    private void Service(DocumentBuilder b)
    {
        var agent = _dice.Pick("客服", "客服小美", "在线客服", "坐席" + N(1000, 9999));
        var user = _dice.Pick("用户", "顾客", "客户", "买家");
        var gender = _values.Gender();
        var name = _values.Name();
        b.Text(_dice.Pick("会话编号：", "工单号：GD", "服务记录 #") + _dice.Digits(14) + "\n");
        b.Text(agent + "：您好，很高兴为您服务，请问有什么可以帮您？\n");
        switch (_dice.Next(3))
        {
            case 0:
                b.Text(user + "：我的订单" + _dice.Pick(string.Empty, "号") + _values.OrderNumber() + _dice.Pick("一直没发货", "收到的东西是坏的", "想退款") + "\n");
                b.Text(agent + "：" + _dice.Pick("请问您的手机号？", "请您提供一下下单手机号", "麻烦提供下单时预留的手机号码") + "\n");
                b.Text(user + "：").Pii(PiiType.PhoneMobile, MobileText()).Text("\n");
                b.Text(agent + "：已为您查询到订单，收货人是");
                b.Pii(PiiType.PersonName, name).Text("吗？\n");
                b.Text(user + "：" + _dice.Pick("对", "是的", "是我") + "\n");
                if (_dice.Chance(0.6))
                {
                    b.Text(agent + "：退款需要退到银行卡，请提供" + _dice.Pick("卡号", "银行卡号", "您的储蓄卡号") + "\n");
                    b.Text(user + "：" + _dice.Pick(string.Empty, "卡号是", "退到这张卡吧 ", "工行的 ")).Pii(PiiType.BankCard, _values.FormatBankCard(_values.BankCard())).Text("\n");
                }

                if (_dice.Chance(0.4))
                {
                    b.Text(user + "：发票发到我邮箱 ").Pii(PiiType.Email, _values.Email()).Text("\n");
                }

                b.Text(agent + "：好的，");
                b.Pii(PiiType.PersonName, name).Text(_values.Honorific(gender) + "，已为您登记，" + N(1, 7) + "个工作日内处理完毕。\n");
                break;
            case 1:
                b.Text(user + "：我的车" + _dice.Pick(string.Empty, "，车牌")).Pii(PiiType.Plate, _values.Plate());
                b.Text("昨天在你们" + _dice.Pick("万达广场", "地下停车场", "医院停车场", "小区") + "停了" + N(1, 9) + "小时，被扣了" + N(10, 90) + "元\n");
                b.Text(agent + "：请问车主姓名和联系电话？\n");
                b.Text(user + "：").Pii(PiiType.PersonName, name).Text(_dice.Pick("，", " ", "，电话"));
                b.Pii(PiiType.PhoneMobile, MobileText()).Text("\n");
                b.Text(agent + "：查到入场时间" + _values.Date(2024, 2026, "dash") + " " + _values.Time(true) + "，出场时间" + _values.Time(true) + "，系统计费" + N(10, 90) + ".00元。\n");
                if (_dice.Chance(0.4))
                {
                    b.Text(user + "：你们APP还要我上传身份证和人脸，" + _dice.Pick("凭什么？", "太过分了")).Text("\n");
                }

                b.Text(agent + "：非常抱歉，差额将原路退回。\n");
                break;
            default:
                b.Text(user + "：我的信用卡被盗刷了\n");
                b.Text(agent + "：请提供一下您的卡号和持卡人姓名\n");
                b.Text(user + "：").Pii(PiiType.BankCard, _values.FormatBankCard(_values.BankCard())).Text("，").Pii(PiiType.PersonName, name).Text("\n");
                b.Text(agent + "：请核对身份证号后四位\n");
                b.Text(user + "：" + _dice.Digits(3) + _dice.Pick("X", "1", "5") + "\n");
                b.Text(agent + "：您尾号" + _dice.Digits(4) + "的卡于" + _values.Date(2024, 2026, "dash") + " " + _values.Time(true) + "发生一笔" + _values.Amount() + "元的交易，交易流水号" + _values.OrderNumber() + "。\n");
                b.Text(user + "：不是我刷的，我手机一直在身上，号码");
                b.Pii(PiiType.PhoneMobile, MobileText()).Text("\n");
                b.Text(agent + "：已为您冻结，请拨打" + _dice.Pick("95588", "95533", "95566") + "转人工进一步处理。\n");
                break;
        }

        b.Text(agent + "：请问还有其他可以帮您的吗？\n" + user + "：没有了，谢谢");
    }

    private void News(DocumentBuilder b)
    {
        var (province, prefecture, county) = _values.Division();
        var year = N(2019, 2026);
        var pool = new List<Action>
        {
            () => b.Text(year + "年" + N(1, 12) + "月" + N(1, 28) + "日，国家统计局发布数据显示，" + N(1, 12) + "月份全国居民消费价格指数（CPI）同比上涨" + N(0, 3) + "." + N(1, 9) + "%，环比下降" + "0." + N(1, 9) + "%。"),
            () => b.Text("据初步核算，" + year + "年一季度国内生产总值" + N(10, 35) + "," + N(100, 999) + "亿元，按不变价格计算，同比增长" + N(3, 7) + "." + N(0, 9) + "%。"),
            () => b.Text(prefecture + "市民服务热线").Decoy(PiiType.PhoneLandline, "12345").Text("今年以来共受理群众诉求" + N(10, 99) + "," + N(100, 999) + "件，办结率达" + N(95, 99) + "." + N(0, 9) + "%。"),
            () => b.Text("客户如有疑问，可拨打客服热线").Decoy(PiiType.PhoneLandline, _values.ServiceNumber()).Text("或").Decoy(PiiType.PhoneLandline, _values.ServiceNumber()).Text("咨询。"),
            () => b.Text("该系统于" + _values.Time(true) + "完成升级，" + _dice.Pick("版本号由", "版本由V", "客户端从 ")).Decoy(PiiType.IpAddress, _values.Version()).Text(_dice.Pick("更新为", "升级至V", " 升级到 ")).Decoy(PiiType.IpAddress, _values.Version()).Text(_dice.Pick("。", " 版。", "，修复了已知问题。")),
            () => b.Text("根据《中华人民共和国个人信息保护法》第" + N(10, 70) + "条规定，处理敏感个人信息应当取得个人的单独同意。"),
            () => b.Text("截至" + _values.Date(2024, 2026, "cn") + _values.Time(true) + "，全市共发放消费券" + _values.Amount() + "元，带动消费" + _values.Amount() + "元，杠杆率达" + N(3, 12) + "倍。"),
            () => b.Text(prefecture + "地铁" + N(1, 9) + "号线二期工程预计" + year + "年底开通，全长" + N(10, 40) + "." + N(1, 9) + "公里。"),
            () => b.Text("本次招标项目编号为" + _values.OrderNumber() + "，预算金额为" + _values.Amount() + "元，投标截止时间为" + _values.Date(2024, 2026, "cn") + _values.Time() + "。"),
            () => b.Text("股市方面，上证指数收报" + N(2, 3) + "," + N(100, 999) + "." + N(10, 99) + "点，涨0." + N(10, 99) + "%，成交额" + N(5, 9) + "," + N(100, 999) + "." + N(10, 99) + "亿元。"),
            () => b.Text(province + "气象台" + _values.Time() + "发布暴雨蓝色预警信号，预计未来24小时" + county + "降雨量将达" + N(50, 120) + "毫米以上。"),
            () => b.Text("记者从" + prefecture + "公安局获悉，今年以来全市共破获侵犯公民个人信息案件" + N(10, 90) + "起，抓获犯罪嫌疑人" + N(20, 200) + "名，涉及公民信息" + N(1, 9) + "." + N(1, 9) + "万条。"),
            () => b.Text("第" + N(1, 30) + "号台风今天" + _values.Time() + "前后在" + province + "沿海登陆，登陆时中心附近最大风力" + N(10, 16) + "级。"),
            () => b.Text("市场监管总局公告（" + year + "年第" + N(1, 60) + "号）指出，" + N(2, 9) + "批次产品抽检不合格，其中" + _dice.Pick("型号", "规格型号") + "为").Decoy(PiiType.Passport, _values.ModelCode()).Text("的电热水壶存在安全隐患。"),
            () => b.Text(prefecture + county + _dice.Pick("第", string.Empty) + N(1, 12) + "号地块挂牌出让，起始价" + N(1, 9) + "." + N(1, 9) + "亿元，溢价率" + N(5, 40) + "%。"),
            () => b.Text("会议强调，要坚持以人民为中心的发展思想，统筹发展和安全，扎实推进" + year + "年各项重点工作。"),
            () => b.Text("统计显示，" + year + "年全省城镇新增就业" + N(50, 120) + "." + N(1, 9) + "万人，城镇调查失业率为" + N(4, 5) + "." + N(0, 9) + "%。"),
            () => b.Text("国务院办公厅印发《关于进一步优化政务服务提升行政效能的意见》（国办发〔" + year + "〕" + N(1, 50) + "号），自印发之日起施行。"),
        };
        b.Text(_dice.Pick("新华社北京" + N(1, 12) + "月" + N(1, 28) + "日电 ", "本报讯 ", "【" + prefecture + "日报】", string.Empty));
        _dice.Shuffle(pool);
        var count = _dice.Between(4, 8);
        for (var i = 0; i < count; i++)
        {
            pool[i]();
            b.Text(_dice.Chance(0.3) ? "\n" : string.Empty);
        }

        b.Text(_dice.Pick("（完）", "\n（责任编辑：" + _dice.Pick("小林", "编辑部") + "）", string.Empty));
    }

    private void Decoys(DocumentBuilder b)
    {
        var lines = new List<Action>
        {
            () => b.Text(_dice.Pick("订单号：", "订单编号 ", "order_no=") + _values.OrderNumber() + "  下单时间：" + _values.Stamp()),
            () => b.Text(_dice.Pick("物流单号：", "运单号 ", "快递单号：") + _values.TrackingNumber() + "  金额：¥" + _values.Amount()),
            () => b.Text(_dice.Pick("身份证号：", "证件号码：", "身份证 ")).Decoy(PiiType.IdCard, _values.InvalidId()).Text(_dice.Pick("（校验失败）", "  [格式错误]", string.Empty)),
            () => b.Text(_dice.Pick("证件号：", "身份证号：", "身份证号码 ")).Decoy(PiiType.IdCard, _values.MaskedId()),
            () => b.Text(_dice.Pick("手机：", "联系电话：", "手机号 ")).Decoy(PiiType.PhoneMobile, _values.MaskedMobile()),
            () => b.Text(_dice.Pick("联系人：", "当事人", "申请人：", "收件人：")).Decoy(PiiType.PersonName, _values.MaskedName()).Text(_dice.Pick(string.Empty, "于" + _values.Date(2023, 2026, "cn") + "提交申请", "（已脱敏）")),
            () => b.Text(_dice.Pick("产品型号：", "型号 ", "规格型号：")).Decoy(PiiType.Passport, _values.ModelCode()).Text("  批次：" + _values.Stamp()[..8] + _dice.Digits(3)),
            () => b.Text(_dice.Pick("流水号：", "交易号 ", "txn=")).Decoy(PiiType.IdCard, _values.Random18()),
            () => b.Text(_dice.Pick("会员卡号：", "卡号 ", "银行卡：")).Decoy(PiiType.BankCard, _values.MaskedBankCard()),
            () => b.Text(_dice.Pick("测试号码：", "示例：", "号码 ")).Decoy(PiiType.PhoneMobile, _values.InvalidMobile()),
            () => b.Text(_values.Date(2024, 2026, "dash") + "T" + _values.Time(true) + "+08:00 txn=" + _values.Stamp() + _dice.Digits(6) + " amount=" + _values.Amount() + " status=OK"),
            () => b.Text("时间戳：" + _values.Stamp() + "，耗时" + N(1, 999) + "ms，版本 ").Decoy(PiiType.IpAddress, _values.Version()),
            () => b.Text("原始身份证号").Decoy(PiiType.IdCard, _values.InvalidId()).Text("，出生日期字段异常"),
            () => b.Text("客服热线：").Decoy(PiiType.PhoneLandline, _values.ServiceNumber()),
            () => b.Text("住址：").Decoy(PiiType.Address, _values.MaskedAddress()),
        };

        // Now and then a genuine value among the decoys: it is labeled like any other.
        var genuine = new List<Action>
        {
            () => b.Text(_dice.Pick("身份证号：", "证件号码：")).Pii(PiiType.IdCard, IdText()),
            () => b.Text(_dice.Pick("手机：", "联系电话：")).Pii(PiiType.PhoneMobile, MobileText()),
            () => b.Text("卡号：").Pii(PiiType.BankCard, _values.FormatBankCard(_values.BankCard())),
            () => b.Text("联系人：").Pii(PiiType.PersonName, _values.Name()),
        };

        b.Text(_dice.Pick("数据校验报告\n", "导出日志\n", "异常记录：\n", string.Empty));
        var count = _dice.Between(6, 14);
        for (var i = 0; i < count; i++)
        {
            if (_dice.Chance(0.08))
            {
                _dice.Pick(genuine)();
            }
            else
            {
                _dice.Pick(lines)();
            }

            b.Text(_dice.Chance(0.8) ? "\n" : "；");
        }
    }
}
