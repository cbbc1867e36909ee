using System;

namespace GraphGen.Runtime.Audiences;

/// <summary>
/// ISO 3166-1 alpha-2 codes (all 249 officially assigned) and common English names / alpha-3 codes for them, plus
/// ISO's own long forms ("Korea, Republic of", "Iran, Islamic Republic of", "Congo, The Democratic Republic of the"),
/// compacted the way <see cref="AudienceNormalizer"/> compacts COUNTRY values (lowercase letters only).
/// Facebook wants COUNTRY as the lowercase alpha-2 code.
/// </summary>
internal static class CountryCodes
{
    /// <summary>Every officially assigned ISO 3166-1 alpha-2 code, lowercase, space separated.</summary>
    internal const string Alpha2 =
        "ad ae af ag ai al am ao aq ar as at au aw ax az " +
        "ba bb bd be bf bg bh bi bj bl bm bn bo bq br bs bt bv bw by bz " +
        "ca cc cd cf cg ch ci ck cl cm cn co cr cu cv cw cx cy cz " +
        "de dj dk dm do dz ec ee eg eh er es et fi fj fk fm fo fr " +
        "ga gb gd ge gf gg gh gi gl gm gn gp gq gr gs gt gu gw gy " +
        "hk hm hn hr ht hu id ie il im in io iq ir is it je jm jo jp " +
        "ke kg kh ki km kn kp kr kw ky kz la lb lc li lk lr ls lt lu lv ly " +
        "ma mc md me mf mg mh mk ml mm mn mo mp mq mr ms mt mu mv mw mx my mz " +
        "na nc ne nf ng ni nl no np nr nu nz om pa pe pf pg ph pk pl pm pn pr ps pt pw py qa " +
        "re ro rs ru rw sa sb sc sd se sg sh si sj sk sl sm sn so sr ss st sv sx sy sz " +
        "tc td tf tg th tj tk tl tm tn to tr tt tv tw tz ua ug um us uy uz " +
        "va vc ve vg vi vn vu wf ws ye yt za zm zw";

    // Indexed by (first - 'a') * 26 + (second - 'a'); null where the code is not assigned.
    private static readonly string?[] Assigned = BuildAssigned();

    private static readonly NameTable Names = new(
        "ad=andorra", "ae=unitedarabemirates|uae|unitedarabemiratesthe", "af=afghanistan", "ag=antiguaandbarbuda|antiguabarbuda",
        "ai=anguilla", "al=albania", "am=armenia", "ao=angola", "aq=antarctica", "ar=argentina", "as=americansamoa",
        "at=austria|österreich|osterreich", "au=australia|aus", "aw=aruba", "ax=alandislands|ålandislands",
        "az=azerbaijan", "ba=bosniaandherzegovina|bosniaherzegovina|bosnia", "bb=barbados", "bd=bangladesh",
        "be=belgium", "bf=burkinafaso", "bg=bulgaria", "bh=bahrain", "bi=burundi", "bj=benin",
        "bl=saintbarthelemy|saintbarthélemy|stbarthelemy", "bm=bermuda", "bn=brunei|bruneidarussalam", "bo=bolivia|boliviaplurinationalstateof|plurinationalstateofbolivia",
        "bq=bonaire|caribbeannetherlands|bonairesinteustatiusandsaba", "br=brazil|brasil|bra", "bs=bahamas|thebahamas|bahamasthe",
        "bt=bhutan", "bv=bouvetisland", "bw=botswana", "by=belarus", "bz=belize", "ca=canada|can",
        "cc=cocosislands|cocoskeelingislands|cocoskeelingislandsthe", "cd=democraticrepublicofthecongo|drcongo|drc|congokinshasa|congothedemocraticrepublicofthe|congodemocraticrepublicofthe|congodemocraticrepublic",
        "cf=centralafricanrepublic|centralafricanrepublicthe", "cg=republicofthecongo|congo|congobrazzaville|congothe", "ch=switzerland|schweiz|suisse",
        "ci=cotedivoire|côtedivoire|ivorycoast", "ck=cookislands", "cl=chile", "cm=cameroon",
        "cn=china|peoplesrepublicofchina|prc|chn", "co=colombia", "cr=costarica", "cu=cuba",
        "cv=capeverde|caboverde", "cw=curacao|curaçao", "cx=christmasisland", "cy=cyprus",
        "cz=czechia|czechrepublic|czechrepublicthe", "de=germany|deutschland|deu", "dj=djibouti", "dk=denmark|danmark",
        "dm=dominica", "do=dominicanrepublic|dominicanrepublicthe", "dz=algeria", "ec=ecuador", "ee=estonia", "eg=egypt",
        "eh=westernsahara", "er=eritrea", "es=spain|españa|espana|esp", "et=ethiopia", "fi=finland|suomi",
        "fj=fiji", "fk=falklandislands|falklands|falklandislandsthemalvinas|falklandislandsmalvinas", "fm=micronesia|federatedstatesofmicronesia|micronesiafederatedstatesof",
        "fo=faroeislands|faroes|faroeislandsthe", "fr=france|fra", "ga=gabon",
        "gb=unitedkingdom|greatbritain|britain|england|scotland|wales|northernireland|gbr|unitedkingdomofgreatbritainandnorthernireland|unitedkingdomthe",
        "gd=grenada", "ge=georgia", "gf=frenchguiana", "gg=guernsey", "gh=ghana", "gi=gibraltar", "gl=greenland",
        "gm=gambia|thegambia|gambiathe", "gn=guinea", "gp=guadeloupe", "gq=equatorialguinea", "gr=greece|hellas",
        "gs=southgeorgiaandthesouthsandwichislands", "gt=guatemala", "gu=guam", "gw=guineabissau", "gy=guyana",
        "hk=hongkong", "hm=heardislandandmcdonaldislands", "hn=honduras", "hr=croatia|hrvatska", "ht=haiti",
        "hu=hungary", "id=indonesia", "ie=ireland|éire|eire", "il=israel", "im=isleofman", "in=india|ind",
        "io=britishindianoceanterritory|britishindianoceanterritorythe", "iq=iraq", "ir=iran|iranislamicrepublicof|islamicrepublicofiran", "is=iceland", "it=italy|italia|ita", "je=jersey",
        "jm=jamaica", "jo=jordan", "jp=japan|nippon|jpn", "ke=kenya", "kg=kyrgyzstan", "kh=cambodia",
        "ki=kiribati", "km=comoros|comorosthe", "kn=saintkittsandnevis|stkittsandnevis|saintkittsnevis", "kp=northkorea|koreademocraticpeoplesrepublicof|koreathedemocraticpeoplesrepublicof|democraticpeoplesrepublicofkorea",
        "kr=southkorea|korea|republicofkorea|korearepublicof|korearepublicofthe|koreasouth", "kw=kuwait", "ky=caymanislands|caymanislandsthe", "kz=kazakhstan", "la=laos|laopeoplesdemocraticrepublic|laopeoplesdemocraticrepublicthe|lao",
        "lb=lebanon", "lc=saintlucia|stlucia", "li=liechtenstein", "lk=srilanka", "lr=liberia", "ls=lesotho",
        "lt=lithuania", "lu=luxembourg", "lv=latvia", "ly=libya", "ma=morocco", "mc=monaco", "md=moldova|moldovarepublicof|moldovatherepublicof|republicofmoldova",
        "me=montenegro", "mf=saintmartin|stmartin|saintmartinfrenchpart", "mg=madagascar", "mh=marshallislands|marshallislandsthe",
        "mk=northmacedonia|macedonia|macedoniatheformeryugoslavrepublicof|republicofnorthmacedonia", "ml=mali", "mm=myanmar|burma", "mn=mongolia", "mo=macau|macao",
        "mp=northernmarianaislands|northernmarianaislandsthe", "mq=martinique", "mr=mauritania", "ms=montserrat", "mt=malta",
        "mu=mauritius", "mv=maldives", "mw=malawi", "mx=mexico|méxico|mex", "my=malaysia", "mz=mozambique",
        "na=namibia", "nc=newcaledonia", "ne=niger|nigerthe", "nf=norfolkisland", "ng=nigeria", "ni=nicaragua",
        "nl=netherlands|thenetherlands|holland|nederland|nld|netherlandsthe|netherlandskingdomofthe", "no=norway|norge", "np=nepal", "nr=nauru",
        "nu=niue", "nz=newzealand", "om=oman", "pa=panama", "pe=peru", "pf=frenchpolynesia",
        "pg=papuanewguinea", "ph=philippines|thephilippines|philippinesthe", "pk=pakistan", "pl=poland|polska",
        "pm=saintpierreandmiquelon", "pn=pitcairn|pitcairnislands", "pr=puertorico", "ps=palestine|palestinestateof|stateofpalestine",
        "pt=portugal", "pw=palau", "py=paraguay", "qa=qatar", "re=reunion|réunion", "ro=romania", "rs=serbia",
        "ru=russia|russianfederation|rus|russianfederationthe", "rw=rwanda", "sa=saudiarabia", "sb=solomonislands", "sc=seychelles",
        "sd=sudan|sudanthe", "se=sweden|sverige", "sg=singapore", "sh=sainthelena|sainthelenaascensionandtristandacunha", "si=slovenia", "sj=svalbardandjanmayen",
        "sk=slovakia", "sl=sierraleone", "sm=sanmarino", "sn=senegal", "so=somalia", "sr=suriname",
        "ss=southsudan", "st=saotomeandprincipe|sãotoméandpríncipe", "sv=elsalvador", "sx=sintmaarten|sintmaartendutchpart",
        "sy=syria|syrianarabrepublic|syrianarabrepublicthe", "sz=eswatini|swaziland", "tc=turksandcaicosislands|turksandcaicosislandsthe", "td=chad",
        "tf=frenchsouthernterritories|frenchsouthernterritoriesthe", "tg=togo", "th=thailand", "tj=tajikistan", "tk=tokelau",
        "tl=timorleste|easttimor", "tm=turkmenistan", "tn=tunisia", "to=tonga", "tr=turkey|türkiye|turkiye",
        "tt=trinidadandtobago|trinidadtobago|trinidad", "tv=tuvalu", "tw=taiwan|taiwanprovinceofchina|republicofchina", "tz=tanzania|tanzaniaunitedrepublicof|unitedrepublicoftanzania", "ua=ukraine",
        "ug=uganda", "um=unitedstatesminoroutlyingislands|unitedstatesminoroutlyingislandsthe",
        "us=unitedstates|unitedstatesofamerica|usa|america|theunitedstates|unitedstatesofamericathe", "uy=uruguay", "uz=uzbekistan",
        "va=vaticancity|holysee|vatican|holyseethe|holyseevaticancitystate", "vc=saintvincentandthegrenadines|stvincentandthegrenadines",
        "ve=venezuela|venezuelabolivarianrepublicof|bolivarianrepublicofvenezuela", "vg=britishvirginislands|virginislandsbritish", "vi=usvirginislands|unitedstatesvirginislands|virginislandsus",
        "vn=vietnam|socialistrepublicofvietnam", "vu=vanuatu", "wf=wallisandfutuna", "ws=samoa", "ye=yemen", "yt=mayotte",
        "za=southafrica", "zm=zambia", "zw=zimbabwe");

    /// <summary>
    /// The alpha-2 code for a compacted value: an assigned alpha-2 code itself, <c>uk</c> (reserved, not assigned;
    /// Facebook wants <c>gb</c>), or a known name / alpha-3 code.
    /// </summary>
    public static bool TryGetCode(ReadOnlySpan<char> compact, out string code)
    {
        if (compact.Length == 2)
        {
            if (compact.SequenceEqual("uk"))
            {
                code = "gb";
                return true;
            }

            int index = IndexOf(compact[0], compact[1]);
            if (index >= 0 && Assigned[index] is string assigned)
            {
                code = assigned;
                return true;
            }

            code = string.Empty;
            return false;
        }

        return Names.TryGetCode(compact, out code);
    }

    private static int IndexOf(char first, char second) =>
        first is >= 'a' and <= 'z' && second is >= 'a' and <= 'z' ? ((first - 'a') * 26) + (second - 'a') : -1;

    private static string?[] BuildAssigned()
    {
        string?[] assigned = new string?[26 * 26];
        foreach (string code in Alpha2.Split(' '))
        {
            assigned[IndexOf(code[0], code[1])] = code;
        }

        return assigned;
    }
}
