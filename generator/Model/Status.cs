namespace MoriokaSite.Model;

/// <summary>The three groups the source lists projects in: ○既存事業, ○実施を計画する事業, ○今後検討する事業.</summary>
public enum Status
{
    Existing,
    Planned,
    Considering,
}
