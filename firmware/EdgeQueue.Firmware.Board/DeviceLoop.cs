using System;
using System.Threading;
using EdgeQueue.Firmware.Core.Connectivity;
using nanoFramework.Runtime.Native;

namespace EdgeQueue.Firmware.Board
{
    /// <summary>The device's main loop: hands the queued button edges to the core, then runs one core turn.</summary>
    public static class DeviceLoop
    {
        /// <summary>Edges and hub messages are handled within this many ms.</summary>
        public const int PeriodMs = 10;

        /// <summary>Failed turns in a row after which the board restarts rather than limp on.</summary>
        public const int FailuresBeforeReboot = 50;

        /// <summary>
        /// Runs forever on the main thread (the GPIO and MQTT callbacks only queue). The core does not
        /// throw on bad input; an exception here is a bug or a driver fault, so it is logged, and if
        /// turns keep failing the board reboots: a dispenser that restarts in seconds beats one that
        /// hangs until a technician comes.
        /// </summary>
        public static void Run(GpioButtons buttons, FirmwareDevice device)
        {
            device.Runtime.Log.Sink = new SerialConsoleLog();
            var failures = 0;
            while (true)
            {
                try
                {
                    buttons.Drain(device.Buttons);
                    device.Tick();
                    failures = 0;
                }
                catch (Exception e)
                {
                    failures++;
                    device.Runtime.Log.Add("błąd pętli: " + e.Message);
                    if (failures >= FailuresBeforeReboot)
                    {
                        Power.RebootDevice(RebootOption.NormalReboot);
                    }
                }

                Thread.Sleep(PeriodMs);
            }
        }
    }
}
