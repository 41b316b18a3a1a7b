using System;
using EdgeQueue.Firmware.Core.Diagnostics;

namespace EdgeQueue.Firmware.Board
{
    /// <summary>
    /// Log lines to the board's serial console through <c>Console.WriteLine</c>, which a Release build
    /// keeps (<c>Debug.WriteLine</c> is compiled out without DEBUG, and with it every line the deployed
    /// image would write). A technician reads it on the USB port with the nanoFramework extension's
    /// serial monitor or Visual Studio's Device Explorer.
    /// </summary>
    public sealed class SerialConsoleLog : ILogSink
    {
        public void Write(string line)
        {
            Console.WriteLine("EdgeQueue: " + line);
        }
    }
}
