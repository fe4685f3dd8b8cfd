namespace ContactCenter.Deploy.Tests;

public class DockerfileTests
{
    public static TheoryData<string> Images => new() { "silo", "dashboard" };

    [Theory, MemberData(nameof(Images))]
    public void Dockerfile_builds_the_right_project_from_files_that_exist(string image) =>
        Assert.Empty(DockerfileChecks.Problems(
            Repo.Read("deploy", "docker", $"{image}.Dockerfile"), Repo.Read("deploy", "docker", $"{image}.Dockerfile.dockerignore"), Repo.Root));

    [Theory, MemberData(nameof(Images))]
    public void Image_sets_only_settings_its_program_reads(string image)
    {
        var text = Repo.Read("deploy", "docker", $"{image}.Dockerfile");
        var app = ProgramContract.Projects[DockerfileChecks.PublishedProject(text)!];
        var env = Dockerfile.Parse(text).FinalEnv();
        Assert.Empty(Dockerfile.Parse(text).FinalEnv(includeBase: false).Keys.Select(k => ProgramContract.Unknown(k, app, kubernetes: false)).OfType<string>());
        Assert.Null(ProgramContract.HttpPort(env, app).Problem);
    }

    [Fact]
    public void Healthcheck_script_asks_the_given_port_and_path()
    {
        var script = Repo.Read("deploy", "docker", "healthcheck.sh");
        Assert.StartsWith("#!/bin/bash", script);
        Assert.Contains("/dev/tcp/127.0.0.1/$1", script);
        Assert.Contains("GET %s HTTP/1.1", script);
    }
}
