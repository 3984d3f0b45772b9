using SnnBib.Resolvers.Crossref;
using Xunit;

namespace SnnBib.Resolvers.Tests.Crossref;

public class JatsTextTests
{
    [Theory]
    [InlineData("<jats:title>Abstract</jats:title><jats:p>First.</jats:p><jats:p>Second &amp; last.</jats:p>", "First. Second & last.")]
    [InlineData("<jats:sec><jats:title>Background</jats:title><jats:p>Why.</jats:p></jats:sec>", "Background Why.")]
    [InlineData("H<jats:sub>2</jats:sub>O and E = mc<jats:sup>2</jats:sup>", "H2O and E = mc2")]
    [InlineData("Feeding habits of fish,\n        <i>Eleutheronema tetradactylum,</i>\n        and more", "Feeding habits of fish, Eleutheronema tetradactylum, and more")]
    [InlineData("x < y and a<b", "x < y and a<b")]
    [InlineData("5 &lt; 7 &#8211; ok", "5 < 7 – ok")]
    [InlineData("<mml:math><mml:mi>α</mml:mi></mml:math>-synuclein", "α-synuclein")]
    [InlineData("Abstract: The text.", "The text.")]
    public void ToPlainText_RemovesMarkupDecodesEntitiesAndCollapsesSpace(string markup, string expected) =>
        Assert.Equal(expected, JatsText.ToPlainText(markup));

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    [InlineData("<jats:title>Abstract</jats:title>")]
    public void ToPlainText_NothingLeft_IsNull(string? markup) => Assert.Null(JatsText.ToPlainText(markup));
}
