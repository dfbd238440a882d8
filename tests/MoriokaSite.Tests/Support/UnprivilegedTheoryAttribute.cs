namespace MoriokaSite.Tests.Support;

/// <summary>A test that needs <see cref="UnprivilegedRun"/>: skipped, with the reason shown, only where no such run can be made.</summary>
public sealed class UnprivilegedTheoryAttribute : TheoryAttribute
{
    public UnprivilegedTheoryAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = "Windows has no chmod: what these tests take away cannot be taken away there.";
        }
        else if (UnprivilegedRun.Unavailable is { } reason)
        {
            Skip = reason;
        }
    }
}
