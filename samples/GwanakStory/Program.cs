using System;
using System.Text;
using GwanakStory;

Console.OutputEncoding = Encoding.UTF8;
var output = Console.Out;

output.WriteLine("관악S밸리 — Gwanak S-Valley, told through Gwanak.Innovation");
output.WriteLine(new string('=', 60));
IdentityChapter.Tell(output);
