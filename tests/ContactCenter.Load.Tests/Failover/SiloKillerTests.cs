using ContactCenter.Load.Failover;

namespace ContactCenter.Load.Tests.Failover;

/// <summary>The kill refuses anything but a live ContactCenter.Silo process named by the pid file.</summary>
public sealed class SiloKillerTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("failover-pid-");

    private FileInfo PidFile(string content)
    {
        var file = new FileInfo(Path.Combine(_dir.FullName, "silo-2.pid"));
        File.WriteAllText(file.FullName, content);
        return file;
    }

    [Fact]
    public void The_silo_port_is_read_from_a_process_environment()
    {
        Assert.Equal(11122, SiloKiller.SiloPortOf("PATH=/usr/bin\0Orleans__SiloPort=11122\0Orleans__GatewayPort=30022\0"));
        Assert.Null(SiloKiller.SiloPortOf("PATH=/usr/bin\0Orleans__GatewayPort=30022\0"));
        Assert.Null(SiloKiller.SiloPortOf(null));
    }

    [Fact]
    public void Without_a_live_silo_on_the_queue_port_the_given_pid_file_is_kept()
    {
        var given = PidFile("1");
        Assert.Same(given, SiloKiller.QueueHost(given, 11122));
        Assert.Same(given, SiloKiller.QueueHost(given, null));
    }

    [Fact]
    public void A_missing_pid_file_is_refused() =>
        Assert.Contains("does not exist", SiloKiller.Check(new FileInfo(Path.Combine(_dir.FullName, "none.pid"))).Error);

    [Theory]
    [InlineData("")]
    [InlineData("silo")]
    [InlineData("1")]
    [InlineData("-5")]
    public void A_pid_file_without_a_process_id_is_refused(string content) =>
        Assert.Contains("not a process id", SiloKiller.Check(PidFile(content)).Error);

    [Fact]
    public void A_pid_that_is_not_running_is_refused()
    {
        var unused = Enumerable.Range(3_000_000, 1000).First(pid => !Directory.Exists($"/proc/{pid}"));

        Assert.Contains("is not running", SiloKiller.Check(PidFile(unused.ToString())).Error);
    }

    [Fact]
    public void A_live_process_that_is_not_a_silo_is_refused_and_left_alive()
    {
        var own = Environment.ProcessId;

        var outcome = SiloKiller.Kill(PidFile($"{own}\n"), 60);

        Assert.False(outcome.Killed);
        Assert.Contains($"not a {SiloKiller.SiloMarker} process", outcome.Error);
    }

    public void Dispose() => _dir.Delete(recursive: true);
}
