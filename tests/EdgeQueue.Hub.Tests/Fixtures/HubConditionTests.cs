using EdgeQueue.Hardware.Indicators;
using EdgeQueue.Hub.Fixtures;

namespace EdgeQueue.Hub.Tests.Fixtures;

public sealed class HubConditionTests
{
    [Theory]
    [InlineData(false, false, false, false, StatusLightColor.Green, false)]
    [InlineData(false, false, false, true, StatusLightColor.Amber, false)]
    [InlineData(false, false, true, true, StatusLightColor.Blue, true)]
    [InlineData(true, false, true, true, StatusLightColor.Red, false)]
    [InlineData(false, true, true, false, StatusLightColor.Red, false)]
    public void Light_Facts_MostUrgentFirst(bool storage, bool paper, bool technician, bool central, StatusLightColor color, bool blinking)
    {
        var condition = new HubCondition(storage, paper, technician, central);

        Assert.Equal((color, blinking), condition.Light());
    }
}
