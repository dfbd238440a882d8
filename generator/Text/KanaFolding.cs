using System.Text;

namespace MoriokaSite.Text;

/// <summary>
/// The kana part of search's folding, one code point at a time after NFKC: katakana become hiragana
/// (スキー and すきー are one word to a phone's unconverted input), small kana become full-size ones
/// (シップ, しっぷ and しつぷ meet), and the long-vowel mark is dropped (コンピュータ and コンピューター
/// meet). search.js has the same table; the browser test compares the two over all of kana.
/// </summary>
public static class KanaFolding
{
    private const int LongVowelMark = 0x30FC;

    /// <summary>The folded form of one code point: itself, another one, or nothing (the long-vowel mark).</summary>
    public static void Append(StringBuilder folded, Rune rune)
    {
        var c = rune.Value;
        if (c == LongVowelMark)
        {
            return;
        }

        // ヷ ヸ ヹ ヺ have no precomposed hiragana: ワ with the voiced mark, written as わ and U+3099.
        if (c is >= 0x30F7 and <= 0x30FA)
        {
            folded.Append((char)(c - 0x30F7 + 0x308F)).Append('\u3099');
            return;
        }

        // Katakana ァ (U+30A1) to ヶ (U+30F6) and the iteration marks ヽ ヾ sit 0x60 above their hiragana.
        if (c is (>= 0x30A1 and <= 0x30F6) or 0x30FD or 0x30FE)
        {
            c -= 0x60;
        }

        folded.Append(char.ConvertFromUtf32(Large(c)));
    }

    /// <summary>The full-size kana of a small one (ぁ → あ, っ → つ, ㇰ → く, 𛄲 → こ); any other code point as it is.</summary>
    private static int Large(int c) => c switch
    {
        0x3041 or 0x3043 or 0x3045 or 0x3047 or 0x3049 => c + 1, // ぁぃぅぇぉ
        0x3063 => 0x3064, // っ
        0x3083 or 0x3085 or 0x3087 => c + 1, // ゃゅょ
        0x308E => 0x308F, // ゎ
        0x3095 => 0x304B, // ゕ
        0x3096 => 0x3051, // ゖ
        0x31F0 => 0x304F, // ㇰ く
        0x31F1 => 0x3057, // ㇱ し
        0x31F2 => 0x3059, // ㇲ す
        0x31F3 => 0x3068, // ㇳ と
        0x31F4 => 0x306C, // ㇴ ぬ
        0x31F5 => 0x306F, // ㇵ は
        0x31F6 => 0x3072, // ㇶ ひ
        0x31F7 => 0x3075, // ㇷ ふ
        0x31F8 => 0x3078, // ㇸ へ
        0x31F9 => 0x307B, // ㇹ ほ
        0x31FA => 0x3080, // ㇺ む
        >= 0x31FB and <= 0x31FF => c - 0x31FB + 0x3089, // ㇻㇼㇽㇾㇿ らりるれろ
        0x1B132 or 0x1B155 => 0x3053, // small こ, small コ
        0x1B150 or 0x1B164 => 0x3090, // small ゐ, ヰ
        0x1B151 or 0x1B165 => 0x3091, // small ゑ, ヱ
        0x1B152 or 0x1B166 => 0x3092, // small を, ヲ
        0x1B167 => 0x3093, // small ン
        _ => c,
    };
}
