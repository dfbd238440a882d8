namespace MoriokaSite.Diagnostics;

public static partial class Problems
{
    // The region's own lists (towns, tags, statuses): MS14x
    public static Problem UnknownTownKind(string value, IEnumerable<string> valid) => new(
        "MS140",
        $"種別「{value}」はありません。{string.Join("・", valid)} のいずれかを書いてください。",
        $"The kind (column \"種別\") \"{value}\" is unknown. Write one of {Quoted(valid)}.");

    public static Problem NoCentralCity() => new(
        "MS141",
        "中心市（連携中枢都市）がありません。列「中心市」で、中心市の行に「○」を1つだけ書いてください。連携協約は中心市とほかの市町村との間で結ぶものです。",
        "There is no central city (\"連携中枢都市\"). In the column \"中心市\", write \"○\" on the central city's row, and on no other. Each agreement is between the central city and one other town.");

    public static Problem SecondCentralCity(int firstLine) => new(
        "MS142",
        $"中心市は{firstLine}行目にもあります。中心市（連携中枢都市）は1つだけです。どちらかの「○」を消してください。",
        $"The central city is also marked on line {firstLine}. There is only one central city (\"連携中枢都市\"): delete one of the \"○\".");

    public static Problem CentralCityMark(string value) => new(
        "MS143",
        $"中心市の列の「{value}」は読めません。中心市なら「○」を書き、ほかの市町村は空にしてください。",
        $"\"{value}\" in the column \"中心市\" cannot be read. Write \"○\" for the central city and leave it empty for the other towns.");

    public static Problem DuplicateTagName(string name, int firstLine) => new(
        "MS144",
        $"表示名「{name}」は{firstLine}行目でも使われています。事業の行ではタグを表示名で書くので、重複できません。名前を直すか、重なっている行を消してください。",
        $"The name \"{name}\" is also used on line {firstLine}. Project rows name a tag by this name, so it must be unique: correct the name, or delete the repeated row.");

    public static Problem UnknownStatusId(string value, IEnumerable<string> valid) => new(
        "MS146",
        $"区分の ID「{value}」はありません。区分は国の要綱に沿った3つで、ID は {string.Join("・", valid)} のいずれかです。表示名と見出しだけを変えてください。",
        $"There is no status ID \"{value}\". The three statuses follow the national outline: the ID is one of {Quoted(valid)}. Change only their names and headings.");

    public static Problem StatusMissing(string key, IEnumerable<string> valid) => new(
        "MS147",
        $"区分「{key}」の行がありません。{string.Join("・", valid)} の3行すべてに表示名と見出しを書いてください。",
        $"There is no row for the status \"{key}\". Give all three rows ({Quoted(valid)}) a name and a heading.");

    public static Problem DuplicateStatusName(string name, int firstRow) => new(
        "MS149",
        $"「{name}」は{firstRow}行目の区分の表示名か見出しでも使われています。事業の行では区分を表示名か見出しで書くので、2つの区分に同じ言葉は使えません。どちらかを直してください。",
        $"\"{name}\" is also the name or heading of the status in row {firstRow}. Project rows name a status by its name or heading, so two statuses cannot share a word: correct one of them.");

    public static Problem TownPositionMissing(string name, string slug, string file) => new(
        "MS160",
        $"{name}の地図上の位置がありません。{file} に「{slug}」の行を加え、役場（市役所）の緯度と経度を書いてください。それまで{name}は地図に描かれず、地図の下の一覧にだけ載ります。",
        $"There is no map position for \"{name}\". Add a row for \"{slug}\" to \"{file}\" with the latitude and longitude of its town office. Until then the town is not drawn on the map and appears only in the list below it.");

    public static Problem UnknownPositionTown(string value, IEnumerable<string> valid) => new(
        "MS161",
        $"ID「{value}」の市町村は data/towns.csv にありません。{string.Join("・", valid)} のいずれかを書くか、この行を消してください。",
        $"There is no town with the ID \"{value}\" in data/towns.csv. Write one of {Quoted(valid)}, or delete this row.");

    public static Problem PositionOutsideJapan(string name, string latitude, string longitude) => new(
        "MS163",
        $"{name}の位置（緯度 {latitude}、経度 {longitude}）は日本の外です。緯度と経度を入れ替えていないか、符号（-）や桁を誤っていないか確かめてください。直すまで{name}は地図に描かず、地図の下の一覧にだけ載せます。",
        $"The position of \"{name}\" (latitude {latitude}, longitude {longitude}) is outside Japan. Check that latitude and longitude are not swapped and that no sign (-) or digit is wrong. Until it is corrected, the town is not drawn on the map and appears only in the list below it.");

    public static Problem PositionFarFromRegion(string name, string latitude, string longitude, int km) => new(
        "MS163",
        $"{name}の位置（緯度 {latitude}、経度 {longitude}）は、いちばん近いほかの市町村から約{km}km離れています。数字を誤っていないか確かめてください。直すまで{name}は地図に描かず（描くと、ほかの市町村が地図の片隅に寄ってしまいます）、地図の下の一覧にだけ載せます。",
        $"The position of \"{name}\" (latitude {latitude}, longitude {longitude}) is about {km} km from the nearest other town. Check its digits. Until it is corrected, the town is not drawn on the map (drawn, it would squeeze the other towns into a corner) and appears only in the list below it.");

    public static Problem NotDegrees(string value) => new(
        "MS162",
        $"「{value}」は緯度・経度として読めません。39.7020 や 141.1545 のように、度を小数で書いてください。",
        $"\"{value}\" cannot be read as a latitude or longitude. Write degrees as a decimal number, such as 39.7020 or 141.1545.");
}
