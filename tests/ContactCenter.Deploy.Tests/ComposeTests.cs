using Microsoft.AspNetCore.Identity;

namespace ContactCenter.Deploy.Tests;

public class ComposeTests
{
    private static string Text => Repo.Read("deploy", "docker", "compose.yaml");

    [Fact]
    public void Compose_file_agrees_with_the_programs_and_images() =>
        Assert.Empty(ComposeChecks.Problems(Text, Repo.Docker, Repo.Root));

    [Fact]
    public void Compose_runs_redis_three_silos_and_two_dashboards_in_one_cluster()
    {
        var apps = ComposeChecks.Apps(YamlJson.Parse(Text).Single(), Repo.Docker, Repo.Root, []);
        Assert.Equal(3, apps.Count(a => a.App == App.Silo));
        Assert.Equal(2, apps.Count(a => a.App == App.Dashboard));
        Assert.All(apps, a => Assert.True(ProgramContract.Settings(a.Env).IsCluster));
        Assert.Single(apps.Select(a => ProgramContract.Settings(a.Env)).Select(s => (s.ClusterId, s.ServiceId)).Distinct());
    }

    [Fact]
    public void Compose_demo_users_sign_in_with_the_documented_password()
    {
        var dashboards = ComposeChecks.Apps(YamlJson.Parse(Text).Single(), Repo.Docker, Repo.Root, []).Where(a => a.App == App.Dashboard);
        var hashes = dashboards.SelectMany(d => d.Env.Where(e => e.Key.EndsWith("__PasswordHash")).Select(e => e.Value)).ToList();
        Assert.NotEmpty(hashes);
        Assert.Contains("password demo", Text);
        Assert.All(hashes, h => Assert.NotEqual(PasswordVerificationResult.Failed, new PasswordHasher<object>().VerifyHashedPassword(new object(), h, "demo")));
    }
}
