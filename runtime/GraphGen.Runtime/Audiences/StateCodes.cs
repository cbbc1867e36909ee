using System;

namespace GraphGen.Runtime.Audiences;

/// <summary>
/// US state (and DC / territory) and Canadian province / territory names, compacted the way
/// <see cref="AudienceNormalizer"/> compacts ST values (lowercase letters only), to their two-letter code (USPS/ANSI;
/// Canada Post). Facebook wants ST as that code; the official SDKs map both countries.
/// </summary>
internal static class StateCodes
{
    private static readonly NameTable Table = new(
        "al=alabama", "ak=alaska", "az=arizona", "ar=arkansas", "ca=california", "co=colorado", "ct=connecticut",
        "de=delaware", "fl=florida", "ga=georgia", "hi=hawaii", "id=idaho", "il=illinois", "in=indiana", "ia=iowa",
        "ks=kansas", "ky=kentucky", "la=louisiana", "me=maine", "md=maryland", "ma=massachusetts", "mi=michigan",
        "mn=minnesota", "ms=mississippi", "mo=missouri", "mt=montana", "ne=nebraska", "nv=nevada",
        "nh=newhampshire", "nj=newjersey", "nm=newmexico", "ny=newyork", "nc=northcarolina", "nd=northdakota",
        "oh=ohio", "ok=oklahoma", "or=oregon", "pa=pennsylvania", "ri=rhodeisland", "sc=southcarolina",
        "sd=southdakota", "tn=tennessee", "tx=texas", "ut=utah", "vt=vermont", "va=virginia", "wa=washington",
        "wv=westvirginia", "wi=wisconsin", "wy=wyoming",
        "dc=districtofcolumbia|washingtondc", "pr=puertorico", "gu=guam", "vi=usvirginislands|virginislands",
        "as=americansamoa", "mp=northernmarianaislands",
        "ab=alberta", "bc=britishcolumbia|colombiebritannique", "mb=manitoba", "nb=newbrunswick|nouveaubrunswick",
        "nl=newfoundlandandlabrador|newfoundland|terreneuveetlabrador", "ns=novascotia|nouvelleecosse|nouvelleécosse",
        "nt=northwestterritories|territoiresdunordouest", "nu=nunavut", "on=ontario", "pe=princeedwardisland|îleduprinceédouard|ileduprinceedouard",
        "qc=quebec|québec", "sk=saskatchewan", "yt=yukon|yukonterritory");

    /// <summary>The code for a compacted state or province name, e.g. <c>newyork</c> -> <c>ny</c>, <c>britishcolumbia</c> -> <c>bc</c>.</summary>
    public static bool TryGetCode(ReadOnlySpan<char> compactName, out string code) => Table.TryGetCode(compactName, out code);
}
