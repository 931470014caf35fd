using PiplWatch.Analytics.Models.FakeRecruitment;
using PiplWatch.Analytics.Models.ReservationAbuse;

namespace PiplWatch.Analytics.Models;

/// <summary>The built-in supervision models.</summary>
public static class ModelRegistry
{
    /// <summary>All models.</summary>
    public static IReadOnlyList<ISupervisionModel> All { get; } = [new ReservationAbuseModel(), new FakeRecruitmentModel()];

    /// <summary>The model with this id, or null.</summary>
    public static ISupervisionModel? Find(string id) => All.FirstOrDefault(m => m.Definition.Id == id);
}
