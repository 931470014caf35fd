namespace PiplWatch.Detection.Masking;

/// <summary>Cuts an address to a coarser level by its markers: street level (road, 街道, 镇) or district level.</summary>
internal static class AddressLevels
{
    private static readonly string[] StreetMarkers = ["街道", "大道", "大街", "胡同", "镇", "乡", "路", "街", "巷", "弄"];
    private static readonly string[] DistrictMarkers = ["自治县", "自治旗", "新区", "区", "县", "旗", "市"];

    /// <summary>Whether an address goes down to the door: a number followed by 号, 室, 栋, 幢, 单元, 弄 or 号楼 (or 18-4-2804).</summary>
    public static bool IsDoorLevel(string address)
    {
        ArgumentNullException.ThrowIfNull(address);
        for (var i = 1; i < address.Length; i++)
        {
            if (char.IsAsciiDigit(address[i - 1]) && address[i] is '号' or '室' or '栋' or '幢' or '弄' or '单' or '户' or '-')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>河北省保定市徐水区人民路88号3栋401室 → 河北省保定市徐水区人民路.</summary>
    public static string CutToStreet(string address)
    {
        var cut = LastMarkerBeforeDetail(address, StreetMarkers);
        return cut > 0 ? address[..cut] : CutToDistrict(address);
    }

    /// <summary>河北省保定市徐水区人民路88号 → 河北省保定市徐水区; without a district marker, nothing is kept.</summary>
    public static string CutToDistrict(string address)
    {
        var cut = LastMarkerBeforeDetail(address, DistrictMarkers);
        return cut > 0 ? address[..cut] : string.Empty;
    }

    /// <summary>End of the last marker that stands before the first digit (where the door-level detail starts).</summary>
    private static int LastMarkerBeforeDetail(string address, string[] markers)
    {
        var detail = address.AsSpan().IndexOfAnyInRange('0', '9');
        var limit = detail < 0 ? address.Length : detail;
        var best = -1;
        foreach (var marker in markers)
        {
            var at = address.AsSpan(0, limit).LastIndexOf(marker, StringComparison.Ordinal);
            if (at >= 0)
            {
                best = Math.Max(best, at + marker.Length);
            }
        }

        return best;
    }
}
