using System.Globalization;

namespace PiplWatch.Detection.Tests.Corpus;

/// <summary>Genres that are records: public notices, résumés, medical notes, waybills and booking logs.</summary>
public sealed partial class CorpusGenerator
{
    private enum Column
    {
        Seq,
        Name,
        Id,
        Address,
        People,
        Gender,
        Amount,
        Phone,
        Mode,
        Street,
    }

    private static readonly (Column Column, string Header)[][] NoticeLayouts =
    [
        [(Column.Seq, "序号"), (Column.Name, "姓名"), (Column.Id, "身份证号"), (Column.Address, "家庭住址"), (Column.People, "人数")],
        [(Column.Seq, "序号"), (Column.Name, "申请人"), (Column.Id, "身份证号码"), (Column.Address, "户籍地址"), (Column.People, "家庭人口"), (Column.Amount, "补贴金额（元）")],
        [(Column.Seq, "序号"), (Column.Name, "姓名"), (Column.Gender, "性别"), (Column.Id, "身份证号"), (Column.Address, "现住址"), (Column.Mode, "保障方式")],
        [(Column.Seq, "编号"), (Column.Name, "户主姓名"), (Column.Id, "公民身份号码"), (Column.Phone, "联系电话"), (Column.Address, "家庭住址"), (Column.People, "人数")],
        [(Column.Seq, "序号"), (Column.Street, "街道"), (Column.Name, "申请人姓名"), (Column.People, "保障人口"), (Column.Id, "身份证号"), (Column.Address, "申请地址")],
        [(Column.Seq, "序号"), (Column.Name, "姓 名"), (Column.Id, "身份证号"), (Column.Address, "住址"), (Column.Amount, "发放金额")],
    ];

    private void Notice(DocumentBuilder b)
    {
        var (province, prefecture, county) = _values.Division();
        var year = N(2016, 2026);
        var place = _dice.Chance(0.6) ? prefecture + county : county;
        var html = _dice.Chance(0.4);
        var mask = _dice.Weighted(("none", 50.0), ("id", 25.0), ("name-id", 15.0), ("all", 10.0));
        var tagSplit = html && _dice.Chance(0.5);
        var layout = _dice.Pick(NoticeLayouts);
        var rows = _dice.Between(3, 12);

        b.Text(_dice.Pick(
            $"关于{year}年第{N(1, 8)}批公共租赁住房保障资格审核结果的公示",
            $"{place}住房保障和房产管理局关于{year}年度城镇住房困难家庭租赁补贴发放对象的公示",
            $"{place}{_dice.Pick("城关镇", "新城街道", "东关街道", "河西镇")}人民政府关于{year}年公租房实物配租对象名单的公示",
            $"{prefecture}{year}年第{_dice.Pick("一", "二", "三", "四")}季度保障性租赁住房配租名单公示",
            $"{province}{place}民政局关于{year}年城乡低保对象审核情况的公示"));
        b.Text(html ? "\n<p>" : "\n");
        b.Text(_dice.Pick(
            $"根据《{province}公共租赁住房管理办法》及相关规定，经申请人申请、街道（乡镇）初审、区住房保障部门复审，现将{Dice.N(rows)}户符合条件的家庭予以公示。",
            $"经审核，以下{Dice.N(rows)}户家庭符合{year}年度住房租赁补贴发放条件，现予公示。",
            $"按照“公开、公平、公正”的原则，现将{year}年第{N(1, 4)}批保障对象名单公示如下："));
        var from = _dice.Date(new DateOnly(int.Parse(year, CultureInfo.InvariantCulture), 1, 1), new DateOnly(int.Parse(year, CultureInfo.InvariantCulture), 12, 20));
        b.Text(_dice.Pick("公示期：", "公示时间为", "公示期为") + from.ToString("yyyy年M月d日", CultureInfo.InvariantCulture) + "至" + from.AddDays(_dice.Between(5, 14)).ToString("yyyy年M月d日", CultureInfo.InvariantCulture) + "。");
        if (_dice.Chance(0.6))
        {
            b.Text(_dice.Pick("如有异议，请在公示期内向", "公示期间如有异议，可通过来电、来信等方式向")).Text(_dice.Pick("区住房保障中心", "县住建局保障股", "街道办事处")).Text("反映。");
            b.Text(_dice.Pick("监督电话：", "联系电话：", "联系电话 ", "举报电话："));
            if (_dice.Chance(0.25))
            {
                b.Decoy(PiiType.PhoneLandline, "12345");
            }
            else
            {
                b.Pii(PiiType.PhoneLandline, LandlineText());
                if (_dice.Chance(0.3))
                {
                    b.Text("（工作日8:30-17:30）");
                }
            }
        }

        b.Text(html ? "</p>\n<table border=\"1\">\n" : "\n\n");
        if (!html && _dice.Chance(0.25))
        {
            // Rows as running text, as notices extracted from PDF or typed into a CMS often are.
            for (var row = 1; row <= rows; row++)
            {
                b.Text(Dice.N(row) + _dice.Pick("、", ". ", "．"));
                var first = true;
                foreach (var (column, header) in layout.Where(c => c.Column != Column.Seq))
                {
                    b.Text(first ? string.Empty : "，");
                    first = false;
                    if (column is Column.Id or Column.Address or Column.Phone && _dice.Chance(0.5))
                    {
                        b.Text(header.Replace(" ", string.Empty, StringComparison.Ordinal) + "：");
                    }

                    NoticeCell(b, column, row, mask, tagSplit: false);
                    b.Text(column switch
                    {
                        Column.People => "人",
                        Column.Amount => "元",
                        _ => string.Empty,
                    });
                }

                b.Text(row == rows ? "。\n" : "；\n");
            }
        }
        else
        {
            var sep = html ? string.Empty : _dice.Pick(" ", "  ", "\t", " | ", "\t");
            var td = _dice.Pick("<td>", "<td>", "<td align=\"center\">", "<td style=\"text-align:center\">");
            if (html)
            {
                b.Text("<tr>").Text(string.Concat(layout.Select(c => "<th>" + c.Header + "</th>"))).Text("</tr>\n");
            }
            else
            {
                b.Text(string.Join(sep, layout.Select(c => c.Header))).Text("\n");
            }

            for (var row = 1; row <= rows; row++)
            {
                b.Text(html ? "<tr>" : string.Empty);
                for (var c = 0; c < layout.Length; c++)
                {
                    b.Text(html ? td : c > 0 ? sep : string.Empty);
                    NoticeCell(b, layout[c].Column, row, mask, tagSplit);
                    b.Text(html ? "</td>" : string.Empty);
                }

                b.Text(html ? "</tr>\n" : "\n");
            }
        }

        b.Text(html ? "</table>\n" : "\n");
        b.Text(_dice.Pick("特此公示。\n", string.Empty, "附件：保障对象名单.xlsx\n"));
        b.Text(place + _dice.Pick("住房和城乡建设局", "住房保障中心", "民政局") + "\n" + from.ToString("yyyy年M月d日", CultureInfo.InvariantCulture));
    }

    private void NoticeCell(DocumentBuilder b, Column column, int row, string mask, bool tagSplit)
    {
        switch (column)
        {
            case Column.Seq:
                b.Text(Dice.N(row));
                break;
            case Column.Name when mask is "name-id" or "all":
                b.Decoy(PiiType.PersonName, _values.MaskedName());
                break;
            case Column.Name:
                b.Pii(PiiType.PersonName, _values.Name());
                break;
            case Column.Id when mask != "none":
                b.Decoy(PiiType.IdCard, _values.MaskedId());
                break;
            case Column.Id:
                var id = _values.AnyIdNumber();
                b.Pii(PiiType.IdCard, tagSplit && _dice.Chance(0.7) ? _values.HtmlSplit(id) : _values.FormatId(id));
                break;
            case Column.Address when mask == "all":
                b.Decoy(PiiType.Address, _values.MaskedAddress());
                break;
            case Column.Address:
                b.Pii(PiiType.Address, _values.Address());
                break;
            case Column.People:
                b.Text(N(1, 6));
                break;
            case Column.Gender:
                b.Text(_values.Gender());
                break;
            case Column.Amount:
                b.Text(_dice.Pick(N(3, 18) + "00.00", N(1, 9) + ",200.00", N(400, 2400)));
                break;
            case Column.Phone when mask == "all":
                b.Decoy(PiiType.PhoneMobile, _values.MaskedMobile());
                break;
            case Column.Phone:
                b.Pii(PiiType.PhoneMobile, MobileText());
                break;
            case Column.Mode:
                b.Text(_dice.Pick("实物配租", "货币补贴", "租赁补贴"));
                break;
            case Column.Street:
                b.Text(_dice.Pick("新华", "裕华", "东关", "城关", "河西") + _dice.Pick("街道", "镇"));
                break;
            default:
                throw new InvalidOperationException(column.ToString());
        }
    }

    private void Resume(DocumentBuilder b)
    {
        var gender = _values.Gender();
        var birthYear = _dice.Between(1970, 2004);
        var style = _dice.Next(3);
        var spacedLabels = _dice.Chance(0.2);
        string L(string label) => spacedLabels && label.Length == 2 ? label[0] + "　　" + label[1] : label;

        if (style == 1)
        {
            // Header line of the kind job sites print: 王伟 | 男 | 29岁 | 本科 | 5年经验
            b.Text(_dice.Pick("个人简历\n", string.Empty));
            b.Pii(PiiType.PersonName, _values.Name());
            var bar = _dice.Pick(" | ", " / ", "  ", "｜");
            b.Text(bar + gender + bar + Dice.N(2026 - birthYear) + "岁" + bar + _dice.Pick("本科", "大专", "硕士", "高中") + bar + N(1, 15) + "年工作经验\n");
            b.Text(_dice.Pick("📱 ", "电话 ", "Tel: ", "手机号：")).Pii(PiiType.PhoneMobile, MobileText());
            b.Text(_dice.Pick("  ✉ ", "  邮箱 ", "\nE-mail: ", "  |  ")).Pii(PiiType.Email, _values.Email()).Text("\n");
            if (_dice.Chance(0.6))
            {
                b.Text(_dice.Pick("现居：", "现居住地：", "居住地 ")).Pii(PiiType.Address, _values.Address()).Text("\n");
            }
        }
        else if (style == 2)
        {
            b.Text("RESUME 个人简历\n");
            b.Text("Name 姓名: ").Pii(PiiType.PersonName, _values.Name()).Text("\n");
            b.Text("Gender 性别: " + gender + "\n");
            b.Text("Date of Birth 出生日期: " + _values.Date(birthYear, birthYear, "dash") + "\n");
            b.Text(_dice.Pick("Mobile 手机: ", "Tel 电话: ", "Phone: ")).Pii(PiiType.PhoneMobile, MobileText()).Text("\n");
            b.Text("E-mail 邮箱: ").Pii(PiiType.Email, _values.Email()).Text("\n");
            b.Text(_dice.Pick("Address 地址: ", "Address: ")).Pii(PiiType.Address, _values.Address()).Text("\n");
        }
        else
        {
            b.Text(_dice.Pick("个人简历\n", "简  历\n", "【基本信息】\n", string.Empty));
            b.Text(L("姓名") + Colon()).Pii(PiiType.PersonName, _values.Name());
            b.Text(_dice.Pick("\n", "    ", "\t")).Text(L("性别") + Colon() + gender + "\n");
            b.Text(_dice.Pick("出生年月", "出生日期") + Colon() + _values.Date(birthYear, birthYear, _dice.Pick("month", "cnmonth", "dash", "dot")));
            b.Text(_dice.Pick("\n", "    ")).Text(L("民族") + Colon() + _dice.Pick("汉族", "汉", "回族", "满族") + "\n");
            b.Text(_dice.Pick("政治面貌：群众\n", "政治面貌：共青团员\n", "婚姻状况：未婚\n", string.Empty));
            b.Text(_dice.Pick(L("手机"), "联系电话", "电话/微信", "联系方式") + Colon()).Pii(PiiType.PhoneMobile, MobileText());
            b.Text(_dice.Pick("\n", "    ")).Text(_dice.Pick(L("邮箱") + Colon(), "电子邮箱" + Colon(), "E-mail" + _dice.Pick(":", "：", ": "))).Pii(PiiType.Email, _values.Email()).Text("\n");
            b.Text(_dice.Pick("现居住地", "家庭住址", "现住址", "通讯地址") + Colon()).Pii(PiiType.Address, _values.Address()).Text("\n");
            if (_dice.Chance(0.35))
            {
                b.Text(_dice.Pick("身份证号", "身份证号码", "证件号码") + Colon()).Pii(PiiType.IdCard, IdText()).Text("\n");
            }
        }

        b.Text(_dice.Pick("求职意向", "应聘岗位", "期望职位") + "：" + _dice.Pick("软件工程师", "行政文员", "会计", "销售代表", "客服专员", "仓库管理员", "护士", "教师"));
        b.Text(_dice.Pick("    期望薪资：", "  薪资要求：") + N(4, 15) + "000-" + N(16, 25) + "000元/月\n");
        b.Text(_dice.Pick("教育背景\n", "【教育经历】\n", "教育经历：\n"));
        var start = birthYear + 18;
        b.Text(Dice.N(start) + "." + Dice.N(_dice.Between(8, 9), 2) + "-" + Dice.N(start + 4) + ".06  ");
        b.Text(_dice.Pick("河北大学", "华北电力大学", "郑州大学", "四川师范大学", "广东工业大学", "某职业技术学院", "山东科技大学", "湖南农业大学"));
        b.Text("  " + _dice.Pick("计算机科学与技术", "会计学", "汉语言文学", "护理学", "市场营销", "机械设计制造及其自动化") + "  " + _dice.Pick("本科", "专科", "硕士研究生") + "\n");
        b.Text(_dice.Pick("工作经历\n", "【工作经历】\n", "工作经验：\n"));
        var jobs = _dice.Between(1, 3);
        var year = start + 4;
        for (var j = 0; j < jobs; j++)
        {
            var end = Math.Min(2026, year + _dice.Between(1, 5));
            b.Text(Dice.N(year) + "." + Dice.N(_dice.Between(1, 12), 2) + "-" + (j == jobs - 1 && _dice.Chance(0.5) ? "至今" : Dice.N(end) + "." + Dice.N(_dice.Between(1, 12), 2)) + "  ");
            b.Text(_values.Company());
            if (_dice.Chance(0.18))
            {
                b.Text(_dice.Pick("（统一社会信用代码：", "（信用代码 ", "(USCC: ")).Pii(PiiType.OrgId, _values.OrgId()).Text(_dice.Pick("）", "）", ")"));
            }

            b.Text("  " + _dice.Pick("软件工程师", "行政助理", "会计", "销售经理", "客服主管", "仓储专员") + "\n");
            b.Text(_dice.Pick(
                "工作内容：负责日常业务系统的开发与维护，参与需求分析和数据库设计。\n",
                "主要职责：负责客户接待、合同整理及档案管理，月均处理工单" + N(100, 900) + "件。\n",
                "负责区域销售，年销售额" + N(100, 999) + "万元，完成率" + N(90, 130) + "%。\n",
                string.Empty));
            year = end;
        }

        b.Text(_dice.Pick("自我评价：", "【自我评价】\n")).Text(_dice.Pick(
            "性格开朗，责任心强，具有良好的沟通能力和团队合作精神。",
            "熟练使用Office办公软件，持有C1驾驶证，能适应出差。",
            "学习能力强，能吃苦耐劳，服从公司安排。"));
        if (_dice.Chance(0.2))
        {
            b.Text("\n紧急联系人：").Pii(PiiType.PersonName, _values.Name()).Text(_dice.Pick("（父亲）", "（母亲）", "（配偶）")).Text(" ").Pii(PiiType.PhoneMobile, MobileText());
        }
    }

    private void Medical(DocumentBuilder b)
    {
        var gender = _values.Gender();
        var age = _dice.Between(1, 95);
        var hospital = _values.Division().Prefecture + _dice.Pick("第一人民医院", "中心医院", "中医院", "妇幼保健院", "第二人民医院");
        var diagnosis = _dice.Pick("2型糖尿病", "高血压病3级（极高危）", "社区获得性肺炎", "急性阑尾炎", "冠状动脉粥样硬化性心脏病", "腰椎间盘突出症", "脑梗死", "胆囊结石伴慢性胆囊炎");
        var inpatient = Dice.N(_dice.Between(2019, 2026)) + _dice.Digits(6);
        if (_dice.Chance(0.65))
        {
            b.Text(hospital + "\n" + _dice.Pick("住院病案首页", "入院记录", "出院小结", "住院患者信息登记表") + "\n");
            b.Text(_dice.Pick("患者姓名", "姓名", "病人姓名") + Colon()).Pii(PiiType.PersonName, _values.Name());
            var gap = _dice.Pick("　", "  ", "\n", "\t");
            b.Text(gap + "性别：" + gender + gap + "年龄：" + Dice.N(age) + "岁" + gap + "民族：汉\n");
            b.Text(_dice.Pick("住院号：", "病案号：", "住院号 ") + inpatient + gap + "床号：" + N(1, 60) + "床" + gap + "科室：" + _dice.Pick("心内科", "呼吸内科", "普外科", "骨科", "神经内科") + "\n");
            if (_dice.Chance(0.75))
            {
                b.Text(_dice.Pick("身份证号：", "身份证号码：", "证件号码 ")).Pii(PiiType.IdCard, IdText()).Text("\n");
            }

            b.Text(_dice.Pick("联系电话：", "电话：", "联系方式：")).Pii(PiiType.PhoneMobile, MobileText()).Text("\n");
            b.Text(_dice.Pick("现住址：", "家庭住址：", "住址：")).Pii(PiiType.Address, _values.Address()).Text("\n");
            if (_dice.Chance(0.7))
            {
                b.Text(_dice.Pick("家属：", "联系人：", "家属姓名：")).Pii(PiiType.PersonName, _values.Name());
                b.Text(_dice.Pick("（儿子）", "（女儿）", "（配偶）", "(父亲)", " 关系：妻子")).Text(_dice.Pick("  联系电话：", " 电话：", "，")).Pii(PiiType.PhoneMobile, MobileText()).Text("\n");
            }

            b.Text("入院日期：" + _values.Date(2019, 2026, "dash") + " " + _values.Time() + "\n");
            b.Text("入院诊断：" + diagnosis + "\n");
            b.Text(_dice.Pick("体温 ", "T ") + N(36, 39) + "." + N(0, 9) + "℃  血压 " + N(100, 180) + "/" + N(60, 110) + "mmHg  心率 " + N(60, 120) + "次/分\n");
            if (_dice.Chance(0.6))
            {
                b.Text(_dice.Pick("主治医生：", "主治医师：", "经治医生：")).Pii(PiiType.PersonName, _values.Name()).Text("\n");
            }
            else
            {
                b.Text("主治医生：" + _values.Surname() + _dice.Pick("医生", "主任") + "\n");
            }

            if (_dice.Chance(0.3))
            {
                b.Text(_dice.Pick("医保卡号：", "就诊卡号：")).Decoy(PiiType.BankCard, _values.MaskedBankCard()).Text("\n");
            }
        }
        else
        {
            b.Text(_dice.Pick("【病程记录】", "出院记录：", "病例摘要：", string.Empty));
            b.Text("患者").Pii(PiiType.PersonName, _values.Name()).Text("，" + gender + "，" + Dice.N(age) + "岁，");
            b.Text("住院号" + _dice.Pick(string.Empty, "：") + inpatient + "，");
            b.Text(_dice.Pick("因“反复胸闷3年，加重2天”", "因“发热伴咳嗽5天”", "因“右下腹痛12小时”", "因“头晕、左侧肢体无力1天”"));
            b.Text("于" + _values.Date(2019, 2026, "cn") + "入院。入院诊断：" + diagnosis + "。");
            b.Text(_dice.Pick("患者家属", "其家属", "家属")).Pii(PiiType.PersonName, _values.Name());
            b.Text(_dice.Pick("（电话", "（联系电话：", "，电话")).Pii(PiiType.PhoneMobile, MobileText()).Text(_dice.Pick("）", "）", "，")).Text("已签署知情同意书。");
            if (_dice.Chance(0.4))
            {
                b.Text("患者身份证号").Pii(PiiType.IdCard, IdText()).Text("，医保类型：" + _dice.Pick("城镇职工", "城乡居民", "自费") + "。");
            }

            if (_dice.Chance(0.5))
            {
                b.Text("现住").Pii(PiiType.Address, _values.Address()).Text("。");
            }

            b.Text(_dice.Pick("医师签名：", "记录人：")).Pii(PiiType.PersonName, _values.Name());
        }
    }

    private void Waybill(DocumentBuilder b)
    {
        var carrier = _dice.Pick("顺丰", "中通", "圆通", "韵达", "申通", "京东", "极兔", "邮政EMS");
        var tracking = _values.TrackingNumber(carrier);
        var style = _dice.Next(3);
        if (style == 0)
        {
            b.Text(carrier + _dice.Pick("速运 电子面单\n", "快递\n", " 电子运单\n"));
            b.Text(_dice.Pick("运单号：", "运单号码：", "快递单号：")).Text(tracking).Text("\n");
            b.Text(_dice.Pick("寄件人：", "寄件人:", "发件人：")).Pii(PiiType.PersonName, _values.Name()).Text(_dice.Pick("  ", " ", "\n电话：", "，"));
            Phone(b, 0.75);
            b.Text("\n" + _dice.Pick("寄件地址：", "发件地址：", "地址：")).Pii(PiiType.Address, _values.Address(false)).Text("\n");
            b.Text(_dice.Pick("收件人：", "收件人:", "收货人：")).Pii(PiiType.PersonName, _values.Name()).Text(_dice.Pick("  ", " ", "\n电话：", "，"));
            Phone(b, 0.93);
            b.Text("\n" + _dice.Pick("收件地址：", "收货地址：", "地址：")).Pii(PiiType.Address, _values.Address(false)).Text("\n");
            b.Text("物品：" + _dice.Pick("文件", "衣物", "电子产品", "食品", "日用品") + "  重量：" + N(0, 9) + "." + N(1, 9) + "kg  件数：1\n");
            b.Text("寄件时间：" + _values.Date(2023, 2026, "dash") + " " + _values.Time(true) + "\n");
            b.Text("运费：" + N(8, 45) + "元  " + _dice.Pick("月结账号：" + _dice.Digits(10), "付款方式：寄付", "付款方式：到付"));
        }
        else if (style == 1)
        {
            b.Text(_dice.Pick("收 ", "收件 ", "收："));
            b.Pii(PiiType.PersonName, _values.Name()).Text(" ");
            Phone(b, 0.95);
            b.Text("\n").Pii(PiiType.Address, _values.Address(false)).Text("\n");
            b.Text(_dice.Pick("寄 ", "寄件 ", "寄："));
            b.Pii(PiiType.PersonName, _values.Name()).Text(" ");
            Phone(b, 0.8);
            b.Text("\n").Pii(PiiType.Address, _values.Address(false)).Text("\n");
            b.Text(carrier + " " + tracking + "\n");
            b.Text(_dice.Pick("已验视  ", "代收货款：0元  ", string.Empty) + "打印时间：" + _values.Date(2023, 2026, "slash") + " " + _values.Time(true));
        }
        else
        {
            var lines = _dice.Between(2, 5);
            for (var i = 0; i < lines; i++)
            {
                b.Text("[" + carrier + "]" + _dice.Pick("运单号", "单号") + _dice.Pick("：", ":", " ")).Text(_values.TrackingNumber(carrier));
                b.Text(_dice.Pick("，收件人:", " 收件人：", "，收货人：")).Pii(PiiType.PersonName, _values.Name());
                b.Text(_dice.Pick("，电话:", " 电话：", "，手机：", "，"));
                Phone(b, 0.95);
                b.Text(_dice.Pick("，地址:", " 地址：", "，收货地址：")).Pii(PiiType.Address, _values.Address(false));
                b.Text(_dice.Pick("，状态：已签收", "，状态：派送中", " 取件码 " + N(1, 9) + "-" + N(1, 9) + "-" + N(1000, 9999), string.Empty)).Text("\n");
            }
        }
    }

    private void Booking(DocumentBuilder b)
    {
        var venue = _values.Division().Prefecture + _dice.Pick("博物馆", "科技馆", "美术馆", "植物园", "古城景区");
        var date = _values.Date(2024, 2026, "dash");
        var style = _dice.Next(3);
        var rows = _dice.Between(3, 10);
        if (style == 0)
        {
            var sep = _dice.Pick(",", ",", "\t", "|");
            b.Text(_dice.Pick(venue + "预约记录导出\n", string.Empty));
            b.Text(string.Join(sep, "预约号", "姓名", "证件类型", "证件号码", "手机号", "入馆日期", "时段", "渠道", "IP") + "\n");
            for (var r = 0; r < rows; r++)
            {
                b.Text("YY" + date.Replace("-", string.Empty, StringComparison.Ordinal) + _dice.Digits(6) + sep);
                b.Pii(PiiType.PersonName, _values.Name()).Text(sep);
                TravelDocument(b, sep);
                b.Text(sep).Pii(PiiType.PhoneMobile, _values.Mobile()).Text(sep);
                b.Text(date + sep + _dice.Pick("09:00-11:00", "11:00-13:00", "13:00-15:00", "15:00-17:00") + sep + _dice.Pick("微信小程序", "官网", "第三方平台", "旅行社代订", "电话预约") + sep);
                b.Pii(PiiType.IpAddress, _values.Ip()).Text("\n");
            }
        }
        else if (style == 1)
        {
            for (var r = 0; r < rows; r++)
            {
                b.Text(date + " " + _values.Time(true) + "." + _dice.Digits(3) + " INFO [booking] orderNo=YY" + _dice.Digits(14) + " visitor=");
                b.Pii(PiiType.PersonName, _values.Name());
                var kind = _dice.Weighted(("ID_CARD", 82.0), ("PASSPORT", 8.0), ("HK_MACAU", 6.0), ("HOME_RETURN", 4.0));
                var chineseCodes = _dice.Chance(0.5);
                b.Text(" certType=" + (chineseCodes ? kind switch
                {
                    "ID_CARD" => "身份证",
                    "PASSPORT" => "护照",
                    "HK_MACAU" => "港澳通行证",
                    _ => "回乡证",
                } : kind) + " certNo=");
                switch (kind)
                {
                    case "ID_CARD":
                        b.Pii(PiiType.IdCard, _values.IdNumber18());
                        break;
                    case "PASSPORT":
                        b.Pii(PiiType.Passport, _values.Passport());
                        break;
                    default:
                        b.Pii(PiiType.HkMacauPermit, _values.HkMacauPermit(kind == "HOME_RETURN"));
                        break;
                }

                b.Text(" phone=").Pii(PiiType.PhoneMobile, _values.Mobile());
                b.Text(" visitDate=" + date + " channel=" + _dice.Pick("wechat", "web", "ota", "agency") + " ip=");
                var ip = _values.Ip();
                b.Pii(PiiType.IpAddress, ip);
                b.Text(_dice.Chance(0.1) && !ip.Contains(':', StringComparison.Ordinal) ? ":" + N(1024, 65000) + "\n" : "\n");
            }
        }
        else
        {
            for (var r = 0; r < rows; r++)
            {
                b.Text(_dice.Pick("【预约成功】", "【预约提醒】", string.Empty) + "预约号：YY" + _dice.Digits(12) + "，");
                b.Text(_dice.Pick("游客：", "预约人：", "参观人：")).Pii(PiiType.PersonName, _values.Name()).Text("，");
                b.Text(_dice.Pick("证件：", "证件信息：", string.Empty));
                TravelDocument(b, " ");
                b.Text("，" + _dice.Pick("手机：", "手机号：", "联系电话：")).Pii(PiiType.PhoneMobile, MobileText());
                b.Text("，参观日期：" + date + "，" + _dice.Pick("来源IP：", "下单IP：", "IP地址：")).Pii(PiiType.IpAddress, _values.Ip()).Text("\n");
            }
        }

        if (_dice.Chance(0.3))
        {
            b.Text("备注：同一手机号当日预约" + N(5, 40) + "人次，疑似代抢票。");
        }
    }

    /// <summary>证件类型 then 证件号, as booking systems record them.</summary>
    private void TravelDocument(DocumentBuilder b, string sep)
    {
        var kind = _dice.Weighted(("身份证", 80.0), ("护照", 8.0), ("港澳通行证", 6.0), ("回乡证", 4.0), ("居住证", 2.0));
        b.Text(kind + sep);
        switch (kind)
        {
            case "身份证":
                b.Pii(PiiType.IdCard, _dice.Chance(0.9) ? _values.IdNumber18() : _values.FormatId(_values.IdNumber18()));
                break;
            case "居住证":
                var first17 = _dice.Pick("810000", "820000", "830000") + _values.Date(1950, 2008, "dash").Replace("-", string.Empty, StringComparison.Ordinal) + _dice.Digits(3);
                b.Pii(PiiType.IdCard, first17 + Validation.IdNumber.CheckChar(first17));
                break;
            case "护照":
                b.Pii(PiiType.Passport, _values.Passport());
                break;
            default:
                b.Pii(PiiType.HkMacauPermit, _values.HkMacauPermit(kind == "回乡证"));
                break;
        }
    }
}
