# Resource object code (Python 3)
# Created by: object code
# Created by: The Resource Compiler for Qt version 6.12.0
# WARNING! All changes made in this file will be lost!

from PySide6 import QtCore

qt_resource_data = b"\
\x00\x00\x00\xef\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 width=\x2224\
\x22 height=\x2224\x22 vi\
ewBox=\x220 0 24 24\
\x22>\x0a  <path d=\x22M6\
 2h9l5 5v15H6z\x22 \
fill=\x22none\x22 stro\
ke=\x22#888888\x22 str\
oke-width=\x221.6\x22/\
><path d=\x22M9 11h\
8M9 14h8M9 17h5\x22\
 stroke=\x22#888888\
\x22 stroke-width=\x22\
1.6\x22/>\x0a</svg>\x0a\
\x00\x00\x00\xef\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 width=\x2224\
\x22 height=\x2224\x22 vi\
ewBox=\x220 0 24 24\
\x22>\x0a  <path d=\x22M1\
7.65 6.35A7.96 7\
.96 0 0 0 12 4a8\
 8 0 1 0 7.73 10\
h-2.08A6 6 0 1 1\
 12 6c1.66 0 3.1\
4.69 4.22 1.78L1\
3 11h7V4l-2.35 2\
.35z\x22 fill=\x22#888\
888\x22/>\x0a</svg>\x0a\
\x00\x00\x01\x01\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 width=\x2224\
\x22 height=\x2224\x22 vi\
ewBox=\x220 0 24 24\
\x22>\x0a  <path d=\x22M3\
 17.25V21h3.75L1\
7.81 9.94l-3.75-\
3.75L3 17.25zm17\
.71-10.21a1 1 0 \
0 0 0-1.41l-2.34\
-2.34a1 1 0 0 0-\
1.41 0l-1.83 1.8\
3 3.75 3.75 1.83\
-1.83z\x22 fill=\x22#8\
88888\x22/>\x0a</svg>\x0a\
\
\x00\x00\x01O\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 width=\x2225\
6\x22 height=\x22256\x22 \
viewBox=\x220 0 256\
 256\x22>\x0a  <rect x\
=\x2216\x22 y=\x2216\x22 wid\
th=\x22224\x22 height=\
\x22224\x22 rx=\x2248\x22 fi\
ll=\x22#1f6feb\x22/>\x0a \
 <path d=\x22M64 92\
h128v16H64zM64 1\
24h96v16H64zM64 \
156h128v16H64z\x22 \
fill=\x22#ffffff\x22/>\
\x0a  <circle cx=\x221\
84\x22 cy=\x22132\x22 r=\x22\
22\x22 fill=\x22#2ea04\
3\x22 stroke=\x22#ffff\
ff\x22 stroke-width\
=\x228\x22/>\x0a</svg>\x0a\
\x00\x00\x00\xdb\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 width=\x2224\
\x22 height=\x2224\x22 vi\
ewBox=\x220 0 24 24\
\x22>\x0a  <circle cx=\
\x2212\x22 cy=\x2212\x22 r=\x22\
9\x22 fill=\x22none\x22 s\
troke=\x22#888888\x22 \
stroke-width=\x221.\
6\x22/><circle cx=\x22\
12\x22 cy=\x2212\x22 r=\x225\
\x22 fill=\x22#cf222e\x22\
/>\x0a</svg>\x0a\
\x00\x00\x00\xc4\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 width=\x2224\
\x22 height=\x2224\x22 vi\
ewBox=\x220 0 24 24\
\x22>\x0a  <path d=\x22M1\
 21h22L12 2 1 21\
z\x22 fill=\x22#d29922\
\x22/><path d=\x22M11 \
9h2v6h-2zM11 16.\
5h2v2h-2z\x22 fill=\
\x22#000000\x22/>\x0a</sv\
g>\x0a\
"

qt_resource_name = b"\
\x00\x05\
\x00o\xa6S\
\x00i\
\x00c\x00o\x00n\x00s\
\x00\x0c\
\x09<\x02\xa7\
\x00d\
\x00o\x00c\x00u\x00m\x00e\x00n\x00t\x00.\x00s\x00v\x00g\
\x00\x0b\
\x0cj!\xc7\
\x00r\
\x00e\x00f\x00r\x00e\x00s\x00h\x00.\x00s\x00v\x00g\
\x00\x08\
\x0b\x07W\xa7\
\x00e\
\x00d\x00i\x00t\x00.\x00s\x00v\x00g\
\x00\x07\
\x08sZ\x07\
\x00a\
\x00p\x00p\x00.\x00s\x00v\x00g\
\x00\x0a\
\x06\x88M\x87\
\x00r\
\x00e\x00c\x00o\x00r\x00d\x00.\x00s\x00v\x00g\
\x00\x0b\
\x00\xb5Hg\
\x00w\
\x00a\x00r\x00n\x00i\x00n\x00g\x00.\x00s\x00v\x00g\
"

qt_resource_struct = b"\
\x00\x00\x00\x00\x00\x02\x00\x00\x00\x01\x00\x00\x00\x01\
\x00\x00\x00\x00\x00\x02\x00\x00\x00\x06\x00\x00\x00\x02\
\x00\x00\x00\x8e\x00\x00\x00\x00\x00\x01\x00\x00\x05\x1d\
\x00\x00\x00t\x00\x00\x00\x00\x00\x01\x00\x00\x04>\
\x00\x00\x00`\x00\x00\x00\x00\x00\x01\x00\x00\x02\xeb\
\x00\x00\x00\x10\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\
\x00\x00\x00J\x00\x00\x00\x00\x00\x01\x00\x00\x01\xe6\
\x00\x00\x00.\x00\x00\x00\x00\x00\x01\x00\x00\x00\xf3\
"

def qInitResources():
    QtCore.qRegisterResourceData(0x01, qt_resource_struct, qt_resource_name, qt_resource_data)

def qCleanupResources():
    QtCore.qUnregisterResourceData(0x01, qt_resource_struct, qt_resource_name, qt_resource_data)

qInitResources()
