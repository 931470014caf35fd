using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace PiplWatch.Web.Hosting;

/// <summary>Healthy when the data directory exists and accepts a write: everything the platform stores goes there.</summary>
internal sealed class DataDirectoryHealthCheck(WebDataDirectory data) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var probe = Path.Combine(data.Path, $".healthz-{Environment.ProcessId}");
        try
        {
            await File.WriteAllTextAsync(probe, "ok", cancellationToken);
            File.Delete(probe);
            return HealthCheckResult.Healthy("data directory is writable");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return HealthCheckResult.Unhealthy("data directory is not writable", ex);
        }
    }
}
