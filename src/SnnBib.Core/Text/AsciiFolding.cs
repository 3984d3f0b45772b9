using System.Globalization;
using System.Text;

namespace SnnBib.Core.Text;

/// <summary>Folds text to ASCII: accents removed (é → e), a few letters transliterated (ß → ss, ł → l, ø → o).</summary>
public static class AsciiFolding
{
    private static readonly Dictionary<char, string> Special = new()
    {
        ['ß'] = "ss", ['ł'] = "l", ['Ł'] = "L", ['ø'] = "o", ['Ø'] = "O", ['đ'] = "d", ['Đ'] = "D",
        ['æ'] = "ae", ['Æ'] = "AE", ['œ'] = "oe", ['Œ'] = "OE", ['þ'] = "th", ['Þ'] = "Th", ['ı'] = "i",
        ['‐'] = "-", ['‑'] = "-", ['‒'] = "-", ['–'] = "-", ['—'] = "-", ['’'] = "'", ['‘'] = "'",
        ['“'] = "\"", ['”'] = "\"",
    };

    /// <summary>
    /// Precomposed Latin letters (U+00C0–U+024F, U+1E00–U+1EFF) with their base letter, in pairs: with
    /// InvariantGlobalization there is no ICU, so Normalize(FormD) leaves "é" whole and the mark-stripping below
    /// alone would not fold it. Generated from the Unicode decompositions (base letter + non-spacing marks only).
    /// </summary>
    private const string PrecomposedLatin =
        "ÀAÁAÂAÃAÄAÅAÇCÈEÉEÊEËEÌIÍIÎIÏIÑNÒOÓOÔOÕOÖOÙUÚUÛUÜUÝYàaáaâaãaäaåaçcèeéeêeëeìiíiîi" +
        "ïiñnòoóoôoõoöoùuúuûuüuýyÿyĀAāaĂAăaĄAąaĆCćcĈCĉcĊCċcČCčcĎDďdĒEēeĔEĕeĖEėeĘEęeĚEěeĜG" +
        "ĝgĞGğgĠGġgĢGģgĤHĥhĨIĩiĪIīiĬIĭiĮIįiİIĴJĵjĶKķkĹLĺlĻLļlĽLľlŃNńnŅNņnŇNňnŌOōoŎOŏoŐOőo" +
        "ŔRŕrŖRŗrŘRřrŚSśsŜSŝsŞSşsŠSšsŢTţtŤTťtŨUũuŪUūuŬUŭuŮUůuŰUűuŲUųuŴWŵwŶYŷyŸYŹZźzŻZżzŽZ" +
        "žzƠOơoƯUưuǍAǎaǏIǐiǑOǒoǓUǔuǕUǖuǗUǘuǙUǚuǛUǜuǞAǟaǠAǡaǦGǧgǨKǩkǪOǫoǬOǭoǰjǴGǵgǸNǹnǺAǻa" +
        "ȀAȁaȂAȃaȄEȅeȆEȇeȈIȉiȊIȋiȌOȍoȎOȏoȐRȑrȒRȓrȔUȕuȖUȗuȘSșsȚTțtȞHȟhȦAȧaȨEȩeȪOȫoȬOȭoȮOȯo" +
        "ȰOȱoȲYȳyḀAḁaḂBḃbḄBḅbḆBḇbḈCḉcḊDḋdḌDḍdḎDḏdḐDḑdḒDḓdḔEḕeḖEḗeḘEḙeḚEḛeḜEḝeḞFḟfḠGḡgḢHḣh" +
        "ḤHḥhḦHḧhḨHḩhḪHḫhḬIḭiḮIḯiḰKḱkḲKḳkḴKḵkḶLḷlḸLḹlḺLḻlḼLḽlḾMḿmṀMṁmṂMṃmṄNṅnṆNṇnṈNṉnṊNṋn" +
        "ṌOṍoṎOṏoṐOṑoṒOṓoṔPṕpṖPṗpṘRṙrṚRṛrṜRṝrṞRṟrṠSṡsṢSṣsṤSṥsṦSṧsṨSṩsṪTṫtṬTṭtṮTṯtṰTṱtṲUṳu" +
        "ṴUṵuṶUṷuṸUṹuṺUṻuṼVṽvṾVṿvẀWẁwẂWẃwẄWẅwẆWẇwẈWẉwẊXẋxẌXẍxẎYẏyẐZẑzẒZẓzẔZẕzẖhẗtẘwẙyẠAạa" +
        "ẢAảaẤAấaẦAầaẨAẩaẪAẫaẬAậaẮAắaẰAằaẲAẳaẴAẵaẶAặaẸEẹeẺEẻeẼEẽeẾEếeỀEềeỂEểeỄEễeỆEệeỈIỉi" +
        "ỊIịiỌOọoỎOỏoỐOốoỒOồoỔOổoỖOỗoỘOộoỚOớoỜOờoỞOởoỠOỡoỢOợoỤUụuỦUủuỨUứuỪUừuỬUửuỮUữuỰUựu" +
        "ỲYỳyỴYỵyỶYỷyỸYỹy";

    private static readonly Dictionary<char, char> BaseLetter = Enumerable.Range(0, PrecomposedLatin.Length / 2)
        .ToDictionary(i => PrecomposedLatin[2 * i], i => PrecomposedLatin[(2 * i) + 1]);

    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (c < 128)
            {
                sb.Append(c);
            }
            else if (BaseLetter.TryGetValue(c, out var letter))
            {
                sb.Append(letter);
            }
            else if (Special.TryGetValue(c, out var replacement))
            {
                sb.Append(replacement);
            }
            else
            {
                // Keep other characters (e.g. Han) so callers can decide; they are not ASCII letters.
                sb.Append(c);
            }
        }

        return sb.ToString();
    }
}
