using ContactCenter.Hosting;

namespace ContactCenter.Deploy.Tests;

/// <summary>The checkers on real files with one thing broken: each must name what broke, so a green run means something.</summary>
public class DriftDetectionTests
{
    private static string Edit(string text, string from, string to)
    {
        Assert.Contains(from, text);
        return text.Replace(from, to);
    }

    private static List<string> K8s(string file, string from, string to)
    {
        var files = Repo.KubernetesFiles();
        files[file] = Edit(files[file], from, to);
        return KubernetesChecks.Problems(files, Repo.Root);
    }

    private static List<string> Compose(string from, string to) =>
        ComposeChecks.Problems(Edit(Repo.Read("deploy", "docker", "compose.yaml"), from, to), Repo.Docker, Repo.Root);

    [Fact]
    public void Wrong_readiness_path_is_reported() =>
        Assert.Contains(K8s("silo.yaml", $"path: {HealthEndpoints.Readiness}", "path: /ready"), p => p.Contains("readinessProbe asks /ready"));

    [Fact]
    public void Probe_on_a_port_the_program_does_not_listen_on_is_reported() =>
        Assert.Contains(K8s("dashboard.yaml", "              path: /healthz\n              port: http", "              path: /healthz\n              port: 8080"),
            p => p.Contains("port 8080 is not the HTTP port 5080"));

    [Fact]
    public void Unquoted_env_value_is_reported() =>
        Assert.Contains(K8s("silo.yaml", "value: \"true\"", "value: true"), p => p.Contains("env Orleans__Kubernetes must be a quoted string"));

    [Fact]
    public void Misspelt_setting_is_reported() =>
        Assert.Contains(K8s("silo.yaml", "name: Orleans__ServiceId", "name: Orleans__ServiceName"), p => p.Contains("reads no setting 'Orleans__ServiceName'"));

    [Fact]
    public void Role_without_delete_is_reported() =>
        Assert.Contains(K8s("silo-rbac.yaml", "\"patch\", \"delete\"", "\"patch\""), p => p.Contains("Orleans needs get,list,watch,patch,delete"));

    [Fact]
    public void Missing_pod_ip_is_reported() =>
        Assert.Contains(K8s("silo.yaml", "fieldPath: status.podIP", "fieldPath: status.hostIP"), p => p.Contains("needs POD_IP from fieldRef status.podIP"));

    [Fact]
    public void Cluster_label_that_differs_from_the_cluster_id_is_reported() =>
        Assert.Contains(K8s("silo.yaml", "orleans/clusterId: contact-center", "orleans/clusterId: other"), p => p.Contains("pod labels orleans/serviceId/orleans/clusterId"));

    [Fact]
    public void Service_selecting_no_pods_is_reported() =>
        Assert.Contains(K8s("dashboard.yaml", "  selector:\n    app.kubernetes.io/name: dashboard\n  # A Blazor", "  selector:\n    app.kubernetes.io/name: dashbord\n  # A Blazor"),
            p => p.Contains("Service/dashboard selects no Deployment's pods"));

    [Fact]
    public void Unlisted_manifest_is_reported() =>
        Assert.Contains(K8s("kustomization.yaml", "  - redis.yaml\n", ""), p => p.Contains("does not list redis.yaml"));

    [Fact]
    public void Secret_key_that_does_not_exist_is_reported() =>
        Assert.Contains(K8s("secrets.yaml", "connection-string:", "connection:"), p => p.Contains("comes from Secret redis key connection-string, which does not exist"));

    [Fact]
    public void Redis_without_append_only_file_is_reported() =>
        Assert.Contains(K8s("redis.yaml", "args: [\"--appendonly\", \"yes\"]", "args: []"), p => p.Contains("--appendonly yes"));

    [Fact]
    public void Container_port_the_image_does_not_expose_is_reported() =>
        Assert.Contains(K8s("silo.yaml", "containerPort: 30000", "containerPort: 30001"), p => p.Contains("containerPorts 5081,9464,11111,30001"));

    [Fact]
    public void Prometheus_scraping_the_app_port_instead_of_the_metrics_port_is_reported() =>
        Assert.Contains(K8s("dashboard.yaml", "prometheus.io/port: \"9464\"", "prometheus.io/port: \"5080\""), p => p.Contains("prometheus.io/port must be the metrics port 9464"));

    [Fact]
    public void A_service_exposing_the_metrics_port_is_reported() =>
        Assert.Contains(K8s("dashboard.yaml", "      targetPort: http\n", "      targetPort: metrics\n"), p => p.Contains("Service/dashboard: exposes the metrics port 9464"));

    [Fact]
    public void Metrics_on_the_app_port_are_reported() =>
        Assert.Contains(K8s("silo.yaml", "            - name: Orleans__Kubernetes\n", "            - name: Metrics__Port\n              value: \"5081\"\n            - name: Orleans__Kubernetes\n"),
            p => p.Contains("Metrics:Port 5081 is the HTTP port"));

    [Fact]
    public void Publishing_the_metrics_port_is_reported() =>
        Assert.Contains(Compose("ports: [\"5082:5080\"]", "ports: [\"5082:5080\", \"9464:9464\"]"), p => p.Contains("dashboard2: publishes the metrics port"));

    [Fact]
    public void Clearing_the_metrics_port_is_reported() =>
        Assert.Contains(Compose("    Orleans__AdvertisedIP: \"172.28.5.12\"\n", "    Orleans__AdvertisedIP: \"172.28.5.12\"\n      Metrics__Port: \"\"\n"),
            p => p.Contains("silo2: Metrics:Port is not set"));

    [Fact]
    public void A_metrics_role_on_the_silo_is_reported() =>
        Assert.Contains(K8s("silo.yaml", "            - name: Orleans__Kubernetes\n", "            - name: Metrics__Role\n              value: \"Admin\"\n            - name: Orleans__Kubernetes\n"),
            p => p.Contains("reads no setting 'Metrics__Role'"));

    [Fact]
    public void Silo_advertising_another_containers_address_is_reported() =>
        Assert.Contains(Compose("Orleans__AdvertisedIP: \"172.28.5.12\"", "Orleans__AdvertisedIP: \"172.28.5.13\""),
            p => p.Contains("silo2: advertises 172.28.5.13 but has no network with ipv4_address"));

    [Fact]
    public void Two_silos_simulating_is_reported() =>
        Assert.Contains(Compose("Orleans__AdvertisedIP: \"172.28.5.12\"\n      Simulation__Enabled: \"false\"", "Orleans__AdvertisedIP: \"172.28.5.12\"\n      Simulation__Enabled: \"true\""),
            p => p.Contains("all run the demo simulation"));

    [Fact]
    public void Redis_host_that_is_no_service_is_reported() =>
        Assert.Contains(Compose("Redis__ConnectionString: \"redis:6379\"", "Redis__ConnectionString: \"cache:6379\""), p => p.Contains("Redis host 'cache' is not a redis:7 service"));

    [Fact]
    public void Healthcheck_on_the_wrong_port_is_reported() =>
        Assert.Contains(Compose("\"/app/healthcheck.sh\", \"5080\"", "\"/app/healthcheck.sh\", \"5081\""), p => p.Contains("healthcheck asks port 5081, the program listens on 5080"));

    [Fact]
    public void Wrong_entrypoint_assembly_is_reported()
    {
        var text = Edit(Repo.Read("deploy", "docker", "silo.Dockerfile"), "ContactCenter.Silo.dll", "Silo.dll");
        Assert.Contains(DockerfileChecks.Problems(text, Repo.Read("deploy", "docker", "silo.Dockerfile.dockerignore"), Repo.Root),
            p => p.Contains("ENTRYPOINT is 'dotnet Silo.dll', expected 'dotnet ContactCenter.Silo.dll'"));
    }

    [Fact]
    public void Project_folder_not_copied_is_reported()
    {
        var text = Edit(Repo.Read("deploy", "docker", "dashboard.Dockerfile"), "COPY grains/ grains/\n", "");
        Assert.Contains(DockerfileChecks.Problems(text, Repo.Read("deploy", "docker", "dashboard.Dockerfile.dockerignore"), Repo.Root),
            p => p.Contains("needs grains/ContactCenter.Demo/ContactCenter.Demo.csproj"));
    }

    [Fact]
    public void Copying_an_ignored_folder_is_reported()
    {
        var ignore = Repo.Read("deploy", "docker", "silo.Dockerfile.dockerignore") + "grains\n";
        Assert.Contains(DockerfileChecks.Problems(Repo.Read("deploy", "docker", "silo.Dockerfile"), ignore, Repo.Root),
            p => p.Contains("COPY source 'grains' is excluded by the .dockerignore"));
    }

    [Fact]
    public void Silo_bound_to_loopback_is_reported()
    {
        var env = new Dictionary<string, string> { ["ASPNETCORE_URLS"] = "http://localhost:5081" };
        Assert.Contains("loopback is unreachable", ProgramContract.HttpPort(env, App.Silo).Problem);
        Assert.Contains("ignores ASPNETCORE_HTTP_PORTS", ProgramContract.HttpPort(new Dictionary<string, string> { ["ASPNETCORE_HTTP_PORTS"] = "5081" }, App.Silo).Problem);
    }
}
