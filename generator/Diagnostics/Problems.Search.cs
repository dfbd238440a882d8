namespace MoriokaSite.Diagnostics;

public static partial class Problems
{
    // Search's own list of related words (data/synonyms.csv): MS15x
    public static Problem SynonymGroupTooSmall(string cell, string column) => new(
        "MS150",
        cell.Length == 0
            ? $"「{column}」が空です。関連する語を「、」で区切って2つ以上書くか、この行を消してください。"
            : $"「{cell}」には語が1つしかありません。関連する語を「、」で区切って2つ以上書いてください（例：IT、ICT）。",
        cell.Length == 0
            ? $"The column \"{column}\" is empty. Write two or more related words, separated by \"、\", or delete the row."
            : $"\"{cell}\" is a single word. Write two or more related words, separated by \"、\" (for example \"IT、ICT\").");

    public static Problem SynonymInTwoGroups(string word, int otherLine) => new(
        "MS151",
        $"「{word}」は{otherLine}行目のグループにもあります。1つの語は1つのグループにだけ書けます。2つの行を1行にまとめるか、どちらかから「{word}」を消してください。",
        $"\"{word}\" is also in the group on line {otherLine}. A word can be in one group only: merge the two rows into one, or delete \"{word}\" from one of them.");

    public static Problem SynonymNotOneWord(string word) => new(
        "MS152",
        $"「{word}」は記号をはさむため、検索では1つの語になりません（検索は記号で語を区切ります）。記号を除いて書くか、別々の語として「、」で区切ってください。",
        $"\"{word}\" has a symbol inside, so search does not see it as one word (search splits words at symbols). Write it without the symbol, or as separate words separated by \"、\".");

    public static Problem SynonymRepeated(string word) => new(
        "MS153",
        $"「{word}」が同じ行に2回あります（ひらがなとカタカナ、全角と半角は同じ語です）。1つを消してください。",
        $"\"{word}\" is in this row twice (hiragana and katakana, and full- and half-width letters, count as the same word). Delete one.");

    public static Problem SynonymIsTown(string word) => new(
        "MS154",
        $"「{word}」は市町村の名前です。検索では市町村の名前は言葉として探さず、その市町村の絞り込みになるため、この語は使われません。この行から消してください。",
        $"\"{word}\" is the name of a town. Search turns a town's name into that town's filter rather than looking for it as a word, so this word is never used. Delete it from the row.");
}
