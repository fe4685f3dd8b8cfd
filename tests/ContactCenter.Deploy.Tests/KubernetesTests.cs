namespace ContactCenter.Deploy.Tests;

public class KubernetesTests
{
    [Fact]
    public void Manifests_agree_with_the_programs_orleans_and_each_other() =>
        Assert.Empty(KubernetesChecks.Problems(Repo.KubernetesFiles(), Repo.Root));

    [Fact]
    public void Every_manifest_parses_and_names_its_kind()
    {
        var problems = new List<string>();
        var k8s = KubernetesManifests.Load(Repo.KubernetesFiles(), problems);
        Assert.Empty(problems);
        Assert.Equal(["Deployment", "Namespace", "PersistentVolumeClaim", "Role", "RoleBinding", "Secret", "Service", "ServiceAccount"],
            k8s.Resources.Select(r => r.Kind).Distinct().Order());
    }

    [Fact]
    public void Silos_and_dashboards_run_three_and_two_replicas()
    {
        var k8s = KubernetesManifests.Load(Repo.KubernetesFiles(), []);
        Assert.Equal("3", k8s.Find("Deployment", "silo")?.Node.At("spec.replicas").Text());
        Assert.Equal("2", k8s.Find("Deployment", "dashboard")?.Node.At("spec.replicas").Text());
    }

    [Fact]
    public void Secrets_hold_placeholders_not_credentials()
    {
        var users = KubernetesManifests.Load(Repo.KubernetesFiles(), []).Secret("dashboard-users")!;
        Assert.All(users.Where(u => u.Key.EndsWith("PasswordHash")), u => Assert.Contains("PLACEHOLDER", u.Value));
    }
}
