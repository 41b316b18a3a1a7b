namespace EdgeQueue.Testing;

/// <summary>PEM files for Mosquitto's TLS listener; a client certificate is optional unless required.</summary>
public sealed record MosquittoTls(string CaFile, string CertificateFile, string KeyFile, bool RequireClientCertificate = false);
