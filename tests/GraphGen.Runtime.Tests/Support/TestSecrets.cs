namespace GraphGen.Runtime.Tests.Support;

internal static class TestSecrets
{
    public const string Token = "EAAtesttoken123";
    public const string Secret = "testsecret456";

    // printf '%s' 'EAAtesttoken123' | openssl dgst -sha256 -hmac 'testsecret456'
    public const string Proof = "07ec7d77f864ee734ea0252e382ee4ac513be33ff03ef0d06aff90358d42bdba";

    // printf '%s' 'EAAtesttoken123|1700000000' | openssl dgst -sha256 -hmac 'testsecret456'
    public const long ProofTime = 1700000000;
    public const string TimedProof = "e26ef069ed461e340b5b44572634d9fe329aed5a894c38059a1433d374b2e47c";
}
