console.log('Hello from unode', process.version, process.platform);
