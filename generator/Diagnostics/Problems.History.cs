namespace MoriokaSite.Diagnostics;

public static partial class Problems
{
    // The projects' history from the repository: MS180–MS189
    public static Problem HistoryShallow() => new(
        "MS180",
        "リポジトリの履歴が途中までしかありません（shallow clone）。事業の変更の履歴（事業のページの経過、/changes/、changes.json）は、日付を誤らないよう載せずに構築しました。GitHub Actions では actions/checkout に fetch-depth: 0 を指定し、手元では git fetch --unshallow を実行してください。",
        "The repository's history is incomplete (a shallow clone). The projects' history (each project page's changes, /changes/, changes.json) was left out rather than dated wrongly. On GitHub Actions give actions/checkout fetch-depth: 0; locally run git fetch --unshallow.");
}
