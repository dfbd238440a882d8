namespace MoriokaSite.Commands;

/// <summary>Exit statuses, as the contract fixes them (0, 1, 2) plus one for the generator's own bugs.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int ContentErrors = 1;
    public const int Usage = 2;
    public const int InternalError = 70;
}
