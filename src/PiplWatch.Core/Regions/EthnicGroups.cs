namespace PiplWatch.Core.Regions;

/// <summary>
/// The 55 minority nationalities as GB/T 3304 names them, without 族. Autonomous divisions carry them in their names
/// (延边朝鲜族自治州, 双江拉祜族佤族布朗族傣族自治县), sometimes without 族 (博尔塔拉蒙古自治州).
/// </summary>
public static class EthnicGroups
{
    /// <summary>The names, without the 族 that usually follows them.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗", "瑶", "白", "土家", "哈尼",
        "哈萨克", "傣", "黎", "傈僳", "佤", "畲", "高山", "拉祜", "水", "东乡", "纳西", "景颇", "柯尔克孜", "土",
        "达斡尔", "仫佬", "羌", "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米", "塔吉克", "怒", "乌孜别克",
        "俄罗斯", "鄂温克", "德昂", "保安", "裕固", "京", "塔塔尔", "独龙", "鄂伦春", "赫哲", "门巴", "珞巴", "基诺",
    ];
}
