using MoriokaSite.Loading;

namespace MoriokaSite.Tests.Loading;

/// <summary>The TopoJSON decoder: quantized, delta-encoded arcs shared between polygons, and reversed arcs (~i).</summary>
public sealed class TopoJsonTests
{
    // Two squares side by side sharing the middle edge (arc 1): the left square walks it backwards (~1 = -2).
    private const string Topology = """
        {"type":"Topology","transform":{"scale":[0.5,0.25],"translate":[140,39]},
         "arcs":[[[2,4],[-2,0],[0,-4],[2,0]],[[2,4],[0,-4]],[[2,0],[2,0],[0,4],[-2,0]]],
         "objects":{"towns":{"type":"GeometryCollection","geometries":[
           {"type":"Polygon","arcs":[[0,-2]],"properties":{"N03_004":"西町","N03_007":"03201"}},
           {"type":"MultiPolygon","arcs":[[[2,1]]],"properties":{"N03_004":"東町","N03_007":"03214"}}]}}}
        """;

    [Fact]
    public void Arcs_are_decoded_joined_and_reversed()
    {
        var geometries = TopoJson.Read(Topology);
        Assert.Equal(["03201", "03214"], geometries.Select(g => g.Properties["N03_007"]));

        var west = geometries[0].Rings.Single();
        Assert.Equal([(141.0, 40.0), (140.0, 40.0), (140.0, 39.0), (141.0, 39.0), (141.0, 40.0)], west);

        var east = geometries[1].Rings.Single();
        Assert.Equal([(141.0, 39.0), (142.0, 39.0), (142.0, 40.0), (141.0, 40.0), (141.0, 39.0)], east);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("{\"type\":\"Topology\"}")]
    public void A_file_that_is_not_a_topology_is_refused(string json) => Assert.Throws<FormatException>(() => TopoJson.Read(json));
}
