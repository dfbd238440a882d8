namespace MoriokaSite.Tests.Support;

/// <summary>
/// Twenty queries a resident or a journalist would type, each found in the 2015 fixture: the search
/// tests and the Pagefind comparison use the same list. Internal: each project that links it keeps its own copy.
/// </summary>
public static class SearchQueries
{
    public static readonly IReadOnlyList<string> Japanese =
    [
        "観光", "新幹線", "移住", "農業", "雇用", "防災", "ICT", "医療", "介護", "スポーツ",
        "環境", "道路", "企業誘致", "文化", "人材", "交流", "インターン", "外国人", "再生可能エネルギー", "公共交通",
    ];
}
