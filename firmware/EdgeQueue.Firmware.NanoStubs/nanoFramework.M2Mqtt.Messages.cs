using System;
using EdgeQueue.Firmware.NanoStubs;

namespace nanoFramework.M2Mqtt.Messages
{
    public enum MqttQoSLevel : byte
    {
        AtMostOnce = 0x00,
        AtLeastOnce = 0x01,
        ExactlyOnce = 0x02,
        GrantedFailure = 0x80,
    }

    public enum MqttReasonCode : byte
    {
        Success = 0x00,
        UnspecifiedError = 0x80,
    }

    public class MqttMsgPublishEventArgs : EventArgs
    {
        internal MqttMsgPublishEventArgs()
        {
        }

        public string Topic => throw new NotOnHostException();

        public byte[] Message => throw new NotOnHostException();
    }
}
