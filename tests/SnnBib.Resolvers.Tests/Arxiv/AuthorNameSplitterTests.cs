using SnnBib.Resolvers.Arxiv;
using SnnBib.Resolvers.Tests.Http;
using Xunit;

namespace SnnBib.Resolvers.Tests.Arxiv;

public class AuthorNameSplitterTests
{
    [Theory]
    [InlineData("Quan Thoi Minh Nguyen", "Nguyen | Quan Thoi Minh")]
    [InlineData("Peter H. N. de With", "de With | Peter H. N.")]
    [InlineData("Joost van der Putten", "van der Putten | Joost")]
    [InlineData("Adrian Del Maestro", "Del Maestro | Adrian")]
    [InlineData("Ludwig van Beethoven", "van Beethoven | Ludwig")]
    [InlineData("Maria dos Santos", "dos Santos | Maria")]
    [InlineData("Di Wang", "Wang | Di")]
    [InlineData("Dirk Wübben", "Wübben | Dirk")]
    [InlineData("Ken-ichi Iwata", "Iwata | Ken-ichi")]
    [InlineData("Martin Luther King Jr.", "King Jr. | Martin Luther")]
    [InlineData("Smith, John", "Smith | John")]
    [InlineData("  Jane\n   Doe (MIT) ", "Doe | Jane")]
    [InlineData("Plato", "Plato")]
    [InlineData("ATLAS Collaboration", "{ATLAS Collaboration}")]
    [InlineData("The Neuromorphic Benchmark Consortium", "{The Neuromorphic Benchmark Consortium}")]
    public void Split_DisplayNames_FollowTheDocumentedRule(string displayName, string expected) =>
        Assert.Equal(expected, RecordDump.Name(AuthorNameSplitter.Split(displayName)));
}
