from django.urls import path

from groups import views

app_name = "groups"
urlpatterns = [
    path("live/groups/", views.group_list, name="list"),
    path("live/groups/new/", views.group_new, name="new"),
    path("live/groups/<int:pk>/", views.group_detail, name="group"),
    path("live/groups/<int:pk>/join/", views.group_join, name="join"),
    path("live/groups/<int:pk>/leave/", views.group_leave, name="leave"),
    path("live/groups/<int:pk>/invitation/decline/", views.invitation_decline, name="invitation_decline"),
    path("live/groups/<int:pk>/members/", views.members, name="members"),
    path("live/groups/<int:pk>/members/invite/", views.member_invite, name="invite"),
    path("live/groups/<int:pk>/members/<int:user_pk>/remove/", views.member_remove, name="member_remove"),
    path("live/groups/<int:pk>/members/<int:user_pk>/role/", views.member_role, name="member_role"),
    path("live/groups/<int:pk>/members/<int:user_pk>/owner/", views.member_owner, name="member_owner"),
    path("live/groups/<int:pk>/requests/<int:request_pk>/", views.request_answer, name="request_answer"),
    path("live/groups/<int:pk>/discussions/new/", views.thread_new, name="thread_new"),
    path("live/groups/<int:pk>/discussions/<int:thread_pk>/", views.thread_detail, name="thread"),
]
