using System;
using GwanakStory;

EcosystemChapter.Tell(Console.Out);
